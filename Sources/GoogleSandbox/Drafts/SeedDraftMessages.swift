import Foundation

/// The seeded account's unsent drafts, besides the older `draftIdeas`: a reply waiting in an
/// existing thread, a subject that needs RFC 2047, and one with an attachment. They are
/// ordinary seeded messages labelled DRAFT (so the mailbox catalogue describes them too);
/// `SeededDrafts` gives them their draft ids. Dated between one week and three months back,
/// away from the dates and words the mailbox's search tests look for.
extension SeedEntry {
    static let drafts: [SeedEntry] = [.draftChartReply, .draftUnicodeSubject, .draftWithAttachment]

    /// A reply to Dana's chart, threaded like a real reply (In-Reply-To, References, thread id).
    static let draftChartReply = SeedEntry(
        key: "draft-chart-reply", daysAgo: 24, labelIds: ["DRAFT"],
        threadKey: "chart-png",
        expectedSubject: "Re: Chart for the meeting",
        expectedBodyText: "Thanks Dana, the chart looks right. One question about the axis labels.\n",
        source: MailSource.lines(
            "From: Sam Sandbox <sandbox.user@example.com>",
            "To: Dana <dana@example.com>",
            "Subject: Re: Chart for the meeting",
            "Date: Mon, 15 Apr 2024 08:30:00 +0000",
            "Message-ID: <CAsandbox-draft-chart@mail.gmail.com>",
            "In-Reply-To: <chart-1@example.com>",
            "References: <chart-1@example.com>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=\"UTF-8\"",
            "",
            "Thanks Dana, the chart looks right. One question about the axis labels."
        ))

    /// Subject "Brouillon : réunion à Zürich ☕" as one B word; body UTF-8, 8bit.
    static let draftUnicodeSubject = SeedEntry(
        key: "draft-unicode-subject", daysAgo: 14, labelIds: ["DRAFT"],
        expectedSubject: "Brouillon : réunion à Zürich ☕",
        expectedBodyText: "Salut Zoë,\n\non se voit à Zürich jeudi ? Le café est pour moi.\n\nSam\n",
        source: MailSource.lines(
            "From: Sam Sandbox <sandbox.user@example.com>",
            "To: zoe.angstrom@example.se",
            "Subject: =?UTF-8?B?QnJvdWlsbG9uIDogcsOpdW5pb24gw6AgWsO8cmljaCDimJU=?=",
            "Date: Tue, 7 May 2024 19:05:00 +0200",
            "Message-ID: <CAsandbox-draft-zurich@mail.gmail.com>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=\"UTF-8\"",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Salut Zoë,",
            "",
            "on se voit à Zürich jeudi ? Le café est pour moi.",
            "",
            "Sam"
        ))

    static let packingList = Array("- passport\r\n- charger\r\n- umbrella\r\n".utf8)

    /// multipart/mixed: a short text and a small text file.
    static let draftWithAttachment = SeedEntry(
        key: "draft-attachment", daysAgo: 18, labelIds: ["DRAFT"],
        expectedSubject: "Packing list for the trip",
        expectedBodyText: "Draft: the packing list is attached.",
        expectedAttachments: [
            ExpectedAttachment(filename: "packing-list.txt", mimeType: "text/plain", bytes: Data(packingList))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Sam Sandbox <sandbox.user@example.com>",
                "To: carol@example.com",
                "Subject: Packing list for the trip",
                "Date: Thu, 2 May 2024 07:45:00 +0000",
                "Message-ID: <CAsandbox-draft-packing@mail.gmail.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"draft-mixed\"",
                "",
                "--draft-mixed",
                "Content-Type: text/plain; charset=\"UTF-8\"",
                "",
                "Draft: the packing list is attached.",
                "--draft-mixed",
                "Content-Type: text/plain; charset=\"UTF-8\"; name=\"packing-list.txt\"",
                "Content-Disposition: attachment; filename=\"packing-list.txt\"",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(packingList),
            MailSource.lines("--draft-mixed--"),
        ]))
}
