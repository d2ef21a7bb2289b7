import Foundation

/// MIME structure an email client must walk: alternatives, attachments named every way mail
/// names them, inline images, signatures, a forwarded message and deep nesting.

extension SeedEntry {
    /// HTML only: head, style and script to ignore, entities, a list, a link, block elements. No
    /// plain text, so no expected body text.
    static let htmlOnly = SeedEntry(
        key: "html-only", daysAgo: 12, labelIds: ["INBOX", "CATEGORY_PROMOTIONS"],
        expectedSubject: "Weekly News",
        expectedBodyText: nil,
        source: MailSource.join([
            MailSource.lines(
                "From: Newsletter <news@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Weekly News",
                "Date: Sun, 21 Apr 2024 07:00:00 +0000",
                "Message-ID: <news-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/html; charset=\"utf-8\"",
                "",
                "<!DOCTYPE html><html><head><title>Newsletter</title><style>p { color: red; }</style>",
                "<script>alert(\"do not index me\")</script></head>",
                "<body><h1>Weekly News</h1><p>Caf&eacute; &amp; bakery &ndash; now open!</p>",
                "<ul><li>First item</li><li>Second item</li></ul>",
                "<p>Read <a href=\"https://example.com/more\">more here</a>.</p>",
                "<div>Tom &amp; Jerry&#39;s &lt;special&gt; offer</div></body></html>"
            )
        ])
    )

    /// multipart/mixed with a preamble: text, then a binary PDF in base64.
    static let invoicePdf = SeedEntry(
        key: "invoice-pdf", daysAgo: 20, labelIds: ["INBOX", "Label_2"],
        expectedSubject: "Invoice 2024-001",
        expectedBodyText: "Hello Sam,\n\nPlease find invoice 2024-001 attached.\n\nBilling\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "invoice-2024-001.pdf", mimeType: "application/pdf", bytes: Data(Self.invoicePDF))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Billing <billing@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Invoice 2024-001",
                "Date: Fri, 19 Apr 2024 10:00:00 +0000",
                "Message-ID: <invoice-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Hello Sam,",
                "",
                "Please find invoice 2024-001 attached.",
                "",
                "Billing",
                "",
                "--mixed-b1",
                "Content-Type: application/pdf; name=\"invoice-2024-001.pdf\"",
                "Content-Disposition: attachment; filename=\"invoice-2024-001.pdf\"",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.invoicePDF),
            MailSource.lines(
                "--mixed-b1--"
            ),
        ])
    )

    /// A PNG attachment.
    static let chartPng = SeedEntry(
        key: "chart-png", daysAgo: 25, labelIds: ["INBOX", "Label_1"],
        expectedSubject: "Chart for the meeting",
        expectedBodyText: "Here is the chart for tomorrow.\n",
        expectedAttachments: [
            ExpectedAttachment(filename: "chart.png", mimeType: "image/png", bytes: Data(Self.chartPNG))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Dana <dana@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Chart for the meeting",
                "Date: Sun, 14 Apr 2024 10:00:00 +0000",
                "Message-ID: <chart-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Here is the chart for tomorrow.",
                "",
                "--mixed-b1",
                "Content-Type: image/png; name=\"chart.png\"",
                "Content-Disposition: attachment; filename=\"chart.png\"",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.chartPNG),
            MailSource.lines(
                "--mixed-b1--"
            ),
        ])
    )

    /// An RFC 2231 filename: filename*=UTF-8''…
    static let rfc2231Filename = SeedEntry(
        key: "rfc2231-filename", daysAgo: 35, labelIds: ["INBOX"],
        expectedSubject: "Overview 2024",
        expectedBodyText: "The overview is attached.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "Übersicht 2024.pdf", mimeType: "application/pdf", bytes: Data(Self.overviewPDF))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Office <office@example.de>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Overview 2024",
                "Date: Fri, 5 Apr 2024 10:00:00 +0200",
                "Message-ID: <overview-1@example.de>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "The overview is attached.",
                "",
                "--mixed-b1",
                "Content-Type: application/pdf",
                "Content-Disposition: attachment; filename*=UTF-8''%C3%9Cbersicht%202024.pdf",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.overviewPDF),
            MailSource.lines(
                "--mixed-b1--"
            ),
        ])
    )

    /// An RFC 2231 name in two encoded continuations, on folded lines.
    static let rfc2231Continuation = SeedEntry(
        key: "rfc2231-continuation", daysAgo: 40, labelIds: ["INBOX"],
        expectedSubject: "Long attachment name",
        expectedBodyText: "A file with a long name.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "Sehr langer Dateiname mit Ümlauten und Fortsetzung.txt", mimeType: "text/plain",
                bytes: Data(Self.longNameText))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Office <office@example.de>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Long attachment name",
                "Date: Sun, 31 Mar 2024 10:00:00 +0200",
                "Message-ID: <longname-1@example.de>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "A file with a long name.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Disposition: attachment;",
                " filename*0*=UTF-8''Sehr%20langer%20Dateiname%20mit%20;",
                " filename*1*=%C3%9Cmlauten%20und%20Fortsetzung.txt",
                "Content-Transfer-Encoding: 7bit",
                "",
                "Inhalt der Datei.",
                "",
                "--mixed-b1--"
            )
        ])
    )

    /// An attachment named only by an RFC 2047 word in Content-Type name= (common, though not
    /// standard).
    static let rfc2047Name = SeedEntry(
        key: "rfc2047-name", daysAgo: 50, labelIds: ["INBOX"],
        expectedSubject: "Отчёт за квартал",
        expectedBodyText: "Отчёт во вложении.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "Отчёт.docx",
                mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bytes: Data(Self.reportDOCX))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Olga <olga@example.ru>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?UTF-8?B?0J7RgtGH0ZHRgiDQt9CwINC60LLQsNGA0YLQsNC7?=",
                "Date: Tue, 26 Mar 2024 10:00:00 +0300",
                "Message-ID: <report-ru@example.ru>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Отчёт во вложении.",
                "",
                "--mixed-b1",
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;",
                " name=\"=?UTF-8?B?0J7RgtGH0ZHRgi5kb2N4?=\"",
                "Content-Disposition: attachment",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.reportDOCX),
            MailSource.lines(
                "--mixed-b1--"
            ),
        ])
    )

    /// A ten-byte attachment: it still gets an attachmentId (it has a filename).
    static let tinyCsv = SeedEntry(
        key: "tiny-csv", daysAgo: 85, labelIds: ["INBOX", "Label_2"],
        expectedSubject: "Tiny CSV",
        expectedBodyText: "Your export is attached.\n",
        expectedAttachments: [
            ExpectedAttachment(filename: "tiny.csv", mimeType: "text/csv", bytes: Data(Self.tinyCSV))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Shop <shop@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Tiny CSV",
                "Date: Mon, 12 Feb 2024 10:00:00 +0000",
                "Message-ID: <csv-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Your export is attached.",
                "",
                "--mixed-b1",
                "Content-Type: text/csv; charset=us-ascii; name=\"tiny.csv\"",
                "Content-Disposition: attachment; filename=\"tiny.csv\"",
                "",
                "a,b",
                "1,2",
                "",
                "--mixed-b1--"
            )
        ])
    )

    /// Content-Disposition: attachment but no name anywhere. Gmail gives the part filename "", so
    /// the bytes come inline; the sender still said "attachment", so a reader must list it (and
    /// lose nothing): under a made-up name, `attachment-<partId>.<extension>`.
    static let attachmentWithoutName = SeedEntry(
        key: "attachment-without-name", daysAgo: 95, labelIds: ["INBOX"],
        expectedSubject: "Attachment without a name",
        expectedBodyText: "The scan is attached.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "attachment.bin", mimeType: "application/octet-stream", bytes: Data(opaqueBlob))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Scanner <scanner@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Attachment without a name",
                "Date: Fri, 2 Feb 2024 10:00:00 +0000",
                "Message-ID: <noname-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"mixed-b1\"",
                "",
                "This is a multi-part message in MIME format.",
                "",
                "--mixed-b1",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "The scan is attached.",
                "",
                "--mixed-b1",
                "Content-Type: application/octet-stream",
                "Content-Disposition: attachment",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.opaqueBlob),
            MailSource.lines(
                "--mixed-b1--"
            ),
        ])
    )

    /// multipart/related: HTML that shows an inline image by Content-ID; the image has a filename
    /// too.
    static let relatedInlineImage = SeedEntry(
        key: "related-inline-image", daysAgo: 55, labelIds: ["INBOX"],
        expectedSubject: "Our new logo",
        expectedBodyText: nil,
        expectedAttachments: [
            ExpectedAttachment(filename: "logo.png", mimeType: "image/png", bytes: Data(Self.chartPNG))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Design <design@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Our new logo",
                "Date: Wed, 6 Mar 2024 10:00:00 +0000",
                "Message-ID: <logo-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/related; boundary=\"rel-1\"; type=\"text/html\"",
                "",
                "--rel-1",
                "Content-Type: text/html; charset=us-ascii",
                "",
                "<html><body><p>Here is the new logo:</p><img src=\"cid:logo@example.com\" alt=\"logo\"></body></html>",
                "",
                "--rel-1",
                "Content-Type: image/png; name=\"logo.png\"",
                "Content-Disposition: inline; filename=\"logo.png\"",
                "Content-ID: <logo@example.com>",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.chartPNG),
            MailSource.lines(
                "--rel-1--"
            ),
        ])
    )

    /// multipart/signed (RFC 3156): text, then a detached signature.
    static let pgpSigned = SeedEntry(
        key: "pgp-signed", daysAgo: 65, labelIds: ["INBOX"],
        expectedSubject: "Signed message",
        expectedBodyText: "This message is signed.\nCheck the signature if you like.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "signature.asc", mimeType: "application/pgp-signature", bytes: Data(Self.signatureASC))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Grace <grace@example.org>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Signed message",
                "Date: Fri, 1 Mar 2024 10:00:00 +0000",
                "Message-ID: <signed-1@example.org>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/signed; micalg=pgp-sha256;",
                " protocol=\"application/pgp-signature\"; boundary=\"sig-1\"",
                "",
                "--sig-1",
                "Content-Type: text/plain; charset=us-ascii",
                "Content-Transfer-Encoding: 7bit",
                "",
                "This message is signed.",
                "Check the signature if you like.",
                "",
                "--sig-1",
                "Content-Type: application/pgp-signature; name=\"signature.asc\"",
                "Content-Description: OpenPGP digital signature",
                "Content-Disposition: attachment; filename=\"signature.asc\"",
                "",
                "-----BEGIN PGP SIGNATURE-----",
                "",
                "iHUEARYIAB0WIQTExampleSignatureBytesForTheSandbox0123456789AB",
                "CgkQExampleOnlyNotARealSignatureAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "=Ab1C",
                "-----END PGP SIGNATURE-----",
                "",
                "--sig-1--"
            )
        ])
    )

    /// A message forwarded as an attachment: message/rfc822 inside multipart/mixed.
    static let forwardedMessage = SeedEntry(
        key: "forwarded-message", daysAgo: 70, labelIds: ["INBOX"],
        expectedSubject: "Fwd: Original message",
        expectedBodyText: "FYI, see the original below.\n",
        expectedAttachments: [
            ExpectedAttachment(
                filename: "Original message.eml", mimeType: "message/rfc822", bytes: Data(Self.forwardedOriginal))
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Erin <erin@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Fwd: Original message",
                "Date: Tue, 27 Feb 2024 10:00:00 +0000",
                "Message-ID: <fwd-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"fwd-1\"",
                "",
                "--fwd-1",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "FYI, see the original below.",
                "",
                "--fwd-1",
                "Content-Type: message/rfc822; name=\"Original message.eml\"",
                "Content-Disposition: attachment; filename=\"Original message.eml\"",
                ""
            ),
            Self.forwardedOriginal,
            MailSource.lines(
                "",
                "--fwd-1--"
            ),
        ])
    )

    /// mixed > (alternative > (plain, related > (html, inline gif)), zip): part ids down to 0.1.1.
    static let deepNesting = SeedEntry(
        key: "deep-nesting", daysAgo: 80, labelIds: ["INBOX", "IMPORTANT"],
        expectedSubject: "Deeply nested structure",
        expectedBodyText: "Plain version of the nested message.\n",
        expectedAttachments: [
            ExpectedAttachment(filename: "spacer.gif", mimeType: "image/gif", bytes: Data(Self.spacerGIF)),
            ExpectedAttachment(filename: "archive.zip", mimeType: "application/zip", bytes: Data(Self.archiveZIP)),
        ],
        source: MailSource.join([
            MailSource.lines(
                "From: Frank <frank@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Deeply nested structure",
                "Date: Sat, 17 Feb 2024 10:00:00 +0000",
                "Message-ID: <deep-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"L1\"",
                "",
                "--L1",
                "Content-Type: multipart/alternative; boundary=\"L2\"",
                "",
                "--L2",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Plain version of the nested message.",
                "",
                "--L2",
                "Content-Type: multipart/related; boundary=\"L3\"",
                "",
                "--L3",
                "Content-Type: text/html; charset=utf-8",
                "",
                "<p>HTML version of the nested message.</p><img src=\"cid:spacer@example.com\">",
                "",
                "--L3",
                "Content-Type: image/gif",
                "Content-ID: <spacer@example.com>",
                "Content-Disposition: inline; filename=\"spacer.gif\"",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.spacerGIF),
            MailSource.lines(
                "--L3--",
                "",
                "--L2--",
                "",
                "--L1",
                "Content-Type: application/zip; name=\"archive.zip\"",
                "Content-Disposition: attachment; filename=\"archive.zip\"",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.archiveZIP),
            MailSource.lines(
                "--L1--"
            ),
        ])
    )
}
