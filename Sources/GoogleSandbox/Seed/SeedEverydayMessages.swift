import Foundation

/// Everyday mail: plain text, a UTF-8 quoted-printable message, two threads with the
/// account's replies, a draft, and one message each in spam and trash.

extension SeedEntry {
    /// Plain ASCII, with the headers real mail carries: two Received lines, a folded one, a Cc.
    static let plainAscii = SeedEntry(
        key: "plain-ascii", daysAgo: 0.2, labelIds: ["INBOX", "UNREAD", "IMPORTANT", "CATEGORY_PERSONAL", "Label_1"],
        expectedSubject: "Quarterly report ready",
        expectedBodyText:
            "Hi Sam,\n\nThe quarterly report is ready for review.\nNumbers look good & the team's happy.\n\nAlice\n",
        source: MailSource.join([
            MailSource.lines(
                "Received: from mail.example.com (mail.example.com [192.0.2.10])",
                "        by mx.google.com with ESMTPS id a1si123456qkb.42.2024.05.06.09.15.00",
                "        for <sandbox.user@example.com>; Mon, 06 May 2024 09:15:00 -0700 (PDT)",
                "Received: by mail.example.com with SMTP id x7so1234567qkb.1;",
                "        Mon, 06 May 2024 09:14:59 -0700 (PDT)",
                "From: Alice Example <alice@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Cc: Bob Builder <bob@example.org>",
                "Subject: Quarterly report ready",
                "Date: Mon, 6 May 2024 18:14:59 +0200",
                "Message-ID: <report-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=us-ascii",
                "Content-Transfer-Encoding: 7bit",
                "",
                "Hi Sam,",
                "",
                "The quarterly report is ready for review.",
                "Numbers look good & the team's happy.",
                "",
                "Alice"
            )
        ])
    )

    /// The account's reply, in the thread of `plainAscii`, with a Bcc.
    static let replySent = SeedEntry(
        key: "reply-sent", daysAgo: 0.1, labelIds: ["SENT"],
        threadKey: "plain-ascii",
        expectedSubject: "Re: Quarterly report ready",
        expectedBodyText: "Thanks Alice, I will read it tonight.\n\n> The quarterly report is ready for review.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sam Sandbox <sandbox.user@example.com>",
                "To: Alice Example <alice@example.com>",
                "Bcc: boss@example.com",
                "Subject: Re: Quarterly report ready",
                "Date: Mon, 6 May 2024 19:02:11 +0200",
                "Message-ID: <CAsandbox-reply-1@mail.gmail.com>",
                "In-Reply-To: <report-1@example.com>",
                "References: <report-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Thanks Alice, I will read it tonight.",
                "",
                "> The quarterly report is ready for review."
            )
        ])
    )

    /// UTF-8 quoted-printable with soft line breaks and emoji; subject a B word then a Q word, From
    /// an encoded display name.
    static let utf8QuotedPrintable = SeedEntry(
        key: "utf8-quoted-printable", daysAgo: 2, labelIds: ["INBOX", "STARRED", "CATEGORY_PERSONAL"],
        expectedSubject: "Grüße aus Köln 🎉",
        expectedBodyText:
            "Hallo Sam,\n\nviele Grüße aus Köln! Das Wetter ist schön 🌞 und der Dom glänzt.\nDiese Zeile ist absichtlich sehr lang, damit der Quoted-Printable-Kodierer sie mit einem weichen Zeilenumbruch teilen muss.\n\nJürgen\n",
        source: MailSource.join([
            MailSource.lines(
                "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMg?= =?UTF-8?Q?K=C3=B6ln_=F0=9F=8E=89?=",
                "Date: Wed, 1 May 2024 08:00:00 +0200",
                "Message-ID: <gruesse-1@example.de>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Hallo Sam,",
                "",
                "viele Gr=C3=BC=C3=9Fe aus K=C3=B6ln! Das Wetter ist sch=C3=B6n =F0=9F=8C=9E=",
                " und der Dom gl=C3=A4nzt.",
                "Diese Zeile ist absichtlich sehr lang, damit der Quoted-Printable-Kodierer =",
                "sie mit einem weichen Zeilenumbruch teilen muss.",
                "",
                "J=C3=BCrgen"
            )
        ])
    )

    /// A subject of two encoded-words on two folded lines: the fold and the space between the words
    /// disappear.
    static let foldedEncodedSubject = SeedEntry(
        key: "folded-encoded-subject", daysAgo: 100, labelIds: ["INBOX"],
        expectedSubject: "Sehr lange Betreffzeile mit Umlauten äöü und noch mehr Text",
        expectedBodyText: "Der Betreff ist auf zwei Zeilen gefaltet.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Info <info@example.de>",
                "To: sandbox.user@example.com",
                "Subject: =?UTF-8?Q?Sehr_lange_Betreffzeile_mit_Umlauten_=C3=A4=C3=B6=C3=BC_?=",
                " =?UTF-8?Q?und_noch_mehr_Text?=",
                "Date: Sat, 20 Jan 2024 10:00:00 +0100",
                "Message-ID: <folded-1@example.de>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Der Betreff ist auf zwei Zeilen gefaltet."
            )
        ])
    )

    /// multipart/alternative, plain then HTML; the first message of a two-message thread.
    static let lunchQuestion = SeedEntry(
        key: "lunch-question", daysAgo: 4, labelIds: ["INBOX"],
        expectedSubject: "Lunch on Friday?",
        expectedBodyText: "Hi Sam,\n\nAre you free for lunch on Friday at noon?\n\nCarol\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Carol Danvers <carol@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Lunch on Friday?",
                "Date: Thu, 2 May 2024 11:30:00 -0400",
                "Message-ID: <lunch-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"alt-lunch\"",
                "",
                "--alt-lunch",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Hi Sam,",
                "",
                "Are you free for lunch on Friday at noon?",
                "",
                "Carol",
                "",
                "--alt-lunch",
                "Content-Type: text/html; charset=\"UTF-8\"",
                "",
                "<div dir=\"ltr\"><p>Hi Sam,</p>",
                "<p>Are you free for <b>lunch</b> on Friday at noon?</p><p>Carol</p></div>",
                "",
                "--alt-lunch--"
            )
        ])
    )

    /// The account's answer, in the same thread.
    static let lunchReply = SeedEntry(
        key: "lunch-reply", daysAgo: 3.9, labelIds: ["SENT"],
        threadKey: "lunch-question",
        expectedSubject: "Re: Lunch on Friday?",
        expectedBodyText: "Sounds great, see you at noon.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sam Sandbox <sandbox.user@example.com>",
                "To: Carol Danvers <carol@example.com>",
                "Subject: Re: Lunch on Friday?",
                "Date: Thu, 2 May 2024 18:05:00 +0200",
                "Message-ID: <CAsandbox-lunch-2@mail.gmail.com>",
                "In-Reply-To: <lunch-1@example.com>",
                "References: <lunch-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Sounds great, see you at noon."
            )
        ])
    )

    static let offsiteAgenda = SeedEntry(
        key: "offsite-agenda", daysAgo: 33, labelIds: ["SENT"],
        expectedSubject: "Team offsite agenda",
        expectedBodyText: "Team,\n\nThe offsite agenda is attached to the calendar invite.\n\nSam\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sam Sandbox <sandbox.user@example.com>",
                "To: team@example.com",
                "Subject: Team offsite agenda",
                "Date: Tue, 2 Apr 2024 09:00:00 +0200",
                "Message-ID: <CAsandbox-offsite@mail.gmail.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Team,",
                "",
                "The offsite agenda is attached to the calendar invite.",
                "",
                "Sam"
            )
        ])
    )

    /// A draft, found by `in:drafts`.
    static let draftIdeas = SeedEntry(
        key: "draft-ideas", daysAgo: 1, labelIds: ["DRAFT"],
        expectedSubject: "Ideas for the offsite",
        expectedBodyText: "Rough notes: hiking, a cooking class, a boat trip.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sam Sandbox <sandbox.user@example.com>",
                "To: carol@example.com",
                "Subject: Ideas for the offsite",
                "Date: Sun, 5 May 2024 21:00:00 +0200",
                "Message-ID: <CAsandbox-draft@mail.gmail.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Rough notes: hiking, a cooking class, a boat trip."
            )
        ])
    )

    /// In SPAM: hidden from lists unless asked for.
    static let spamPrize = SeedEntry(
        key: "spam-prize", daysAgo: 6, labelIds: ["SPAM", "UNREAD"],
        expectedSubject: "You have WON a prize!!!",
        expectedBodyText: "Claim your prize now by replying with your bank details.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Lottery <winner@spam.example>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: You have WON a prize!!!",
                "Date: Mon, 29 Apr 2024 03:00:00 +0000",
                "Message-ID: <spam-1@spam.example>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Claim your prize now by replying with your bank details."
            )
        ])
    )

    /// In TRASH: hidden from lists unless asked for.
    static let trashPrizeDraw = SeedEntry(
        key: "trash-prize-draw", daysAgo: 8, labelIds: ["TRASH"],
        expectedSubject: "Prize draw results",
        expectedBodyText: "Last week's prize draw results are in.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Club <club@example.org>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Prize draw results",
                "Date: Sat, 27 Apr 2024 12:00:00 +0000",
                "Message-ID: <trash-1@example.org>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Last week's prize draw results are in."
            )
        ])
    )
}
