import Foundation
import Testing

@testable import MIME

@Suite("MIMEReader bodies")
struct MIMEReaderBodyTests {
    typealias P = MIMETestPayload

    @Test func alternativePrefersPlainForTextAndHTMLForHTML() {
        let payload = P.multipart(
            "alternative", id: "",
            headers: [
                ("From", "=?UTF-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?= <anna@example.com>"),
                ("Subject", "=?ISO-8859-1?Q?Gr=FC=DFe?=\r\n =?ISO-8859-1?Q?_aus_Berlin?="),
                ("Received", "from a"), ("Received", "from b"),
            ],
            [
                P.text(id: "0", "Hello Ann,\r\nthe report.\r\n"),
                P.text("text/html", id: "1", "<p>Hello Ann,</p><p>the report.</p>\r\n"),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Hello Ann,\nthe report.\n")
        #expect(message.bodyHTML == "<p>Hello Ann,</p><p>the report.</p>\n")
        #expect(message.attachments == [])
        #expect(!message.hasAttachments)
        #expect(
            message.headers == [
                DecodedHeader(name: "Content-Type", value: "multipart/alternative; boundary=\"b\""),
                DecodedHeader(name: "From", value: "Привет мир <anna@example.com>"),
                DecodedHeader(name: "Subject", value: "Grüße aus Berlin"),
                DecodedHeader(name: "Received", value: "from a"),
                DecodedHeader(name: "Received", value: "from b"),
            ])
        #expect(message.header("SUBJECT") == "Grüße aus Berlin")
        #expect(message.header("received") == "from a")
        #expect(message.header("X-Missing") == nil)
    }

    @Test func trailingLineBreaksAreKept() {
        let message = MIMEReader.read(P.text(id: "", "Line1\r\nLine2\r\n\r\n"))
        #expect(message.bodyText == "Line1\nLine2\n\n")
        #expect(message.bodyHTML == nil)
    }

    @Test func declaredCharsetOfABodyPart() {
        let part = P.leaf(
            "text/plain", id: "", bytes: [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x0D, 0x0A],
            headers: [("Content-Type", "text/plain; charset=ISO-8859-1")])
        #expect(MIMEReader.read(part).bodyText == "Grüße\n")
    }

    @Test func htmlOnlyDerivesText() {
        let message = MIMEReader.read(P.text("text/html", id: "", "<p>Hi&nbsp;there</p><p>Second</p>"))
        #expect(message.bodyText == "Hi there\n\nSecond")
        #expect(message.bodyHTML == "<p>Hi&nbsp;there</p><p>Second</p>")
    }

    @Test func emptyPlainAlternativeFallsBackToHTML() {
        let payload = P.multipart(
            "alternative", id: "",
            [P.text(id: "0", "\r\n"), P.text("text/html", id: "1", "<div>Real content</div>")])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Real content")
        #expect(message.bodyHTML == "<div>Real content</div>")
    }

    @Test func mixedJoinsInlineTextPartsInOrder() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.text(id: "0", "Part one\r\n"),
                P.leaf("image/jpeg", id: "1", headers: [], filename: "photo.jpg", attachmentId: "img-1", size: 1200),
                P.text(id: "2", "Part two"),
                P.text("text/html", id: "3", "<p>Part <b>three</b></p>"),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Part one\n\nPart two\n\nPart three")
        #expect(message.bodyHTML == "<p>Part <b>three</b></p>")
        #expect(message.attachments.map(\.filename) == ["photo.jpg"])
    }

    @Test func mailingListFooterAfterAlternative() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.multipart(
                    "alternative", id: "0",
                    [P.text(id: "0.0", "Body"), P.text("text/html", id: "0.1", "<p>Body</p>")]),
                P.text(id: "1", "--\r\nunsubscribe: https://list.test/u\r\n"),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Body\n\n--\nunsubscribe: https://list.test/u\n")
        #expect(message.bodyHTML == "<p>Body</p>")
    }

    @Test func textBodyBehindAnAttachmentIdIsListedAndHTMLIsUsed() {
        let payload = P.multipart(
            "alternative", id: "",
            [
                P.leaf(
                    "text/plain", id: "0", headers: [("Content-Type", "text/plain; charset=utf-8")],
                    attachmentId: "big-1", size: 5_000_000),
                P.text("text/html", id: "1", "<p>Short HTML</p>"),
            ])
        let message = MIMEReader.read(payload)
        let deferred = AttachmentDescriptor(
            attachmentID: "big-1", filename: "attachment.txt", mimeType: "text/plain", size: 5_000_000, partID: "0",
            charset: "utf-8")
        #expect(message.bodyText == "Short HTML")
        #expect(message.attachments == [deferred])
        #expect(message.unfetchedBodyParts == [deferred])

        // The caller fetched the part: it is body again, and no longer an attachment.
        let complete = MIMEReader.read(payload, fetchedBodies: ["0": Data("Long plain text\r\n".utf8)])
        #expect(complete.bodyText == "Long plain text\n")
        #expect(complete.bodyHTML == "<p>Short HTML</p>")
        #expect(complete.attachments == [])
        #expect(complete.unfetchedBodyParts == [])
    }

    @Test func noBodyPartGivesNil() {
        let pdf = P.leaf("application/pdf", id: "", filename: "r.pdf", attachmentId: "a", size: 10)
        let message = MIMEReader.read(pdf)
        #expect(message.bodyText == nil)
        #expect(message.bodyHTML == nil)
        #expect(message.attachments.map(\.filename) == ["r.pdf"])
    }

    @Test func emptyTextPartGivesEmptyString() {
        let part = MIMEPart(partID: "", mimeType: "text/plain", filename: "", size: 0)
        #expect(MIMEReader.read(part).bodyText == "")
        #expect(MIMEReader.read(MIMEPart(mimeType: "text/plain", content: Data())).bodyText == "")
    }

    @Test func contentTransferEncodingIsNotAppliedAgain() {
        // Gmail already removed the quoted-printable encoding: "=ed" and "=3D" are content.
        let part = P.leaf(
            "text/html", id: "",
            bytes: Array("<meta content=\"IE=edge\"><a href=\"https://x.test/?a=3D1\">go</a>".utf8),
            headers: [
                ("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "quoted-printable"),
            ])
        let message = MIMEReader.read(part)
        #expect(message.bodyHTML == "<meta content=\"IE=edge\"><a href=\"https://x.test/?a=3D1\">go</a>")
        #expect(message.bodyText == "go (https://x.test/?a=3D1)")
    }

    @Test func signedMessage() {
        let payload = P.multipart(
            "signed", id: "",
            [
                P.text(id: "0", "Signed text\r\n"),
                P.leaf(
                    "application/pgp-signature", id: "1", bytes: Array("-----BEGIN PGP SIGNATURE-----".utf8),
                    filename: "signature.asc"),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Signed text\n")
        #expect(message.attachments.map(\.filename) == ["signature.asc"])
        #expect(message.attachments.first?.inlineData == Data("-----BEGIN PGP SIGNATURE-----".utf8))
    }

    @Test func deepNesting() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.multipart(
                    "mixed", id: "0",
                    [
                        P.multipart(
                            "related", id: "0.0",
                            [
                                P.multipart(
                                    "alternative", id: "0.0.0",
                                    [
                                        P.text(id: "0.0.0.0", "Deep plain"),
                                        P.text("text/html", id: "0.0.0.1", "<p>Deep <img src=\"cid:i1\"></p>"),
                                    ]),
                                P.leaf(
                                    "image/png", id: "0.0.1", headers: [("Content-ID", "<i1>")], filename: "i1.png",
                                    attachmentId: "png", size: 99),
                            ])
                    ]),
                P.leaf("application/pdf", id: "1", filename: "a.pdf", attachmentId: "pdf", size: 5),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Deep plain")
        #expect(message.bodyHTML == "<p>Deep <img src=\"cid:i1\"></p>")
        #expect(message.attachments.map(\.filename) == ["i1.png", "a.pdf"])
        #expect(message.attachments.map(\.isInline) == [true, false])
    }

    @Test func nestingBeyondTheDepthLimitIsFlattened() {
        var part = P.multipart(
            "mixed", id: "deep",
            [
                P.text(id: "t", "Bottom text"),
                P.leaf("application/pdf", id: "f", filename: "bottom.pdf", attachmentId: "x", size: 1),
            ])
        for level in 0..<200 {
            part = P.multipart(level.isMultiple(of: 2) ? "mixed" : "related", id: "\(level)", [part])
        }
        let message = MIMEReader.read(part)
        #expect(message.bodyText == "Bottom text")
        #expect(message.attachments.map(\.filename) == ["bottom.pdf"])
    }

    @Test func reportWithDeliveryStatus() {
        let payload = P.multipart(
            "report", id: "",
            [
                P.text(id: "0", "Delivery to bob@example.com failed."),
                P.leaf("message/delivery-status", id: "1", bytes: Array("Status: 5.1.1".utf8)),
                P.leaf("text/rfc822-headers", id: "2", bytes: Array("Subject: Hi".utf8)),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Delivery to bob@example.com failed.")
        #expect(message.attachments.map(\.filename) == ["attachment.txt", "attachment.txt"])
        #expect(message.attachments.map(\.mimeType) == ["message/delivery-status", "text/rfc822-headers"])
    }

    @Test func alternativeKeepsCalendarInviteAndSkipsOtherRenderings() {
        let payload = P.multipart(
            "alternative", id: "",
            [
                P.text(id: "0", "Invitation"),
                P.text("text/x-amp-html", id: "1", "<html amp4email></html>"),
                P.text("text/html", id: "2", "<p>Invitation</p>"),
                P.leaf(
                    "text/calendar", id: "3", bytes: Array("BEGIN:VCALENDAR".utf8),
                    headers: [("Content-Type", "text/calendar; charset=UTF-8; method=REQUEST")]),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Invitation")
        #expect(message.bodyHTML == "<p>Invitation</p>")
        #expect(
            message.attachments == [
                AttachmentDescriptor(
                    attachmentID: nil, filename: "attachment.ics", mimeType: "text/calendar", size: 15, partID: "3",
                    inlineData: Data("BEGIN:VCALENDAR".utf8), charset: "UTF-8")
            ])
    }

    @Test func largeTextBodyDecodesQuickly() {
        let line = "Zeile mit Umlauten äöü und € – ok\r\n"
        let body = String(repeating: line, count: 200_000)  // ~7.6 MB
        let clock = ContinuousClock()
        var message: ReadMessage?
        let elapsed = clock.measure { message = MIMEReader.read(P.text(id: "", body)) }
        #expect(message?.bodyText?.utf8.count == (line.utf8.count - 1) * 200_000)
        #expect(message?.bodyText?.hasPrefix("Zeile mit Umlauten äöü und € – ok\nZeile") == true)
        #expect(elapsed < .seconds(20))
    }

    @Test func htmlPartInWindows1252() {
        // <p>“Caf\u{E9}” – 5 €</p> in windows-1252
        let bytes: [UInt8] = [
            0x3C, 0x70, 0x3E, 0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x3C, 0x2F, 0x70,
            0x3E, 0x0D, 0x0A,
        ]
        let part = P.leaf(
            "text/html", id: "", bytes: bytes, headers: [("Content-Type", "text/html; charset=windows-1252")])
        let message = MIMEReader.read(part)
        #expect(message.bodyHTML == "<p>\u{201C}Café\u{201D} \u{2013} 5 \u{20AC}</p>\n")
        #expect(message.bodyText == "\u{201C}Café\u{201D} \u{2013} 5 \u{20AC}")
    }

    @Test func formatFlowedIsKeptAsSent() {
        let part = P.leaf(
            "text/plain", id: "", bytes: Array("A long line \r\nwrapped here.\r\n".utf8),
            headers: [("Content-Type", "text/plain; charset=utf-8; format=flowed")])
        #expect(MIMEReader.read(part).bodyText == "A long line \nwrapped here.\n")
    }
}
