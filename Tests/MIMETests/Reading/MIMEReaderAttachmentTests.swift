import Foundation
import Testing

@testable import MIME

@Suite("MIMEReader attachments")
struct MIMEReaderAttachmentTests {
    typealias P = MIMETestPayload

    @Test func mixedWithAttachmentsOfEveryKind() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.multipart(
                    "alternative", id: "0", [P.text(id: "0.0", "Body"), P.text("text/html", id: "0.1", "<p>Body</p>")]),
                P.leaf(
                    "application/pdf", id: "1",
                    headers: [("Content-Disposition", "attachment; filename=\"report.pdf\"")],
                    filename: "report.pdf", attachmentId: "ANGjdJ8", size: 40212),
                // Small attachment that Gmail sent inline, without attachmentId.
                P.leaf(
                    "text/plain", id: "2", bytes: Array("note\r\n".utf8),
                    headers: [("Content-Disposition", "attachment; filename=notes.txt")], filename: "notes.txt"),
                // Name only in the headers, RFC 2231.
                P.leaf(
                    "IMAGE/PNG", id: "3",
                    headers: [
                        ("Content-Type", "image/png"),
                        ("Content-Disposition", "attachment; filename*=UTF-8''%E2%82%AC.png"),
                    ], attachmentId: "png-1", size: 77),
                // Disposition attachment, no name anywhere.
                P.leaf(
                    "application/octet-stream", id: "4", headers: [("Content-Disposition", "attachment")],
                    attachmentId: "bin-1", size: 3),
                // A text part marked as attachment is not body.
                P.leaf(
                    "text/plain", id: "5", bytes: Array("not body".utf8),
                    headers: [("Content-Disposition", "attachment")]),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Body")
        #expect(message.hasAttachments)
        #expect(
            message.attachments == [
                AttachmentDescriptor(
                    attachmentID: "ANGjdJ8", filename: "report.pdf", mimeType: "application/pdf", size: 40212,
                    partID: "1"),
                AttachmentDescriptor(
                    attachmentID: nil, filename: "notes.txt", mimeType: "text/plain", size: 6, partID: "2",
                    inlineData: Data([0x6E, 0x6F, 0x74, 0x65, 0x0D, 0x0A])),
                AttachmentDescriptor(
                    attachmentID: "png-1", filename: "\u{20AC}.png", mimeType: "image/png", size: 77, partID: "3"),
                AttachmentDescriptor(
                    attachmentID: "bin-1", filename: "attachment.bin", mimeType: "application/octet-stream", size: 3,
                    partID: "4"),
                AttachmentDescriptor(
                    attachmentID: nil, filename: "attachment.txt", mimeType: "text/plain", size: 8, partID: "5",
                    inlineData: Data("not body".utf8)),
            ])
    }

    @Test func relatedInlineImages() {
        let payload = P.multipart(
            "alternative", id: "",
            [
                P.text(id: "0", "Logo above"),
                P.multipart(
                    "related", id: "1",
                    [
                        P.text("text/html", id: "1.0", "<img src=\"cid:logo@x\"><p>Logo above</p>"),
                        // Unnamed cid: image: part of the HTML, not an attachment.
                        P.leaf(
                            "image/png", id: "1.1", headers: [("Content-ID", "<logo@x>")], attachmentId: "logo",
                            size: 512),
                        P.leaf(
                            "image/jpeg", id: "1.2",
                            headers: [
                                ("Content-ID", " <photo@x> "),
                                ("Content-Disposition", "inline; filename=\"photo.jpg\""),
                            ], filename: "photo.jpg", attachmentId: "photo", size: 2048),
                        P.leaf(
                            "application/pdf", id: "1.3", headers: [("Content-Disposition", "attachment")],
                            filename: "terms.pdf", attachmentId: "terms", size: 9),
                        // Named only in Content-Type: listed.
                        P.leaf(
                            "image/gif", id: "1.4",
                            headers: [("Content-Type", "image/gif; name=\"dot.gif\""), ("Content-ID", "<dot@x>")],
                            attachmentId: "dot", size: 43),
                    ]),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "Logo above")
        #expect(message.bodyHTML == "<img src=\"cid:logo@x\"><p>Logo above</p>")
        #expect(
            message.attachments == [
                AttachmentDescriptor(
                    attachmentID: "photo", filename: "photo.jpg", mimeType: "image/jpeg", size: 2048, partID: "1.2",
                    contentID: "photo@x", isInline: true),
                AttachmentDescriptor(
                    attachmentID: "terms", filename: "terms.pdf", mimeType: "application/pdf", size: 9, partID: "1.3",
                    isInline: false),
                AttachmentDescriptor(
                    attachmentID: "dot", filename: "dot.gif", mimeType: "image/gif", size: 43, partID: "1.4",
                    contentID: "dot@x", isInline: true),
            ])
    }

    @Test func relatedStartParameterSelectsTheRoot() {
        let payload = P.multipart(
            "related", id: "", headers: [],
            [
                P.leaf(
                    "image/gif", id: "0", headers: [("Content-ID", "<img>"), ("Content-Disposition", "attachment")],
                    attachmentId: "gif", size: 1),
                P.leaf(
                    "text/html", id: "1", bytes: Array("<p>Root</p>".utf8),
                    headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-ID", "<root>")]),
            ])
        var withStart = payload
        withStart.headers = [MIMEHeaderField(name: "Content-Type", value: "multipart/related; start=\"<root>\"")]
        let message = MIMEReader.read(withStart)
        #expect(message.bodyText == "Root")
        #expect(message.attachments.map(\.filename) == ["attachment.gif"])
    }

    @Test func inlineImageInMixedWithInlineDisposition() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.text(id: "0", "See picture"),
                P.leaf(
                    "image/png", id: "1", bytes: [0x89, 0x50, 0x4E, 0x47],
                    headers: [("Content-Disposition", "inline"), ("Content-ID", "<p1>")]),
            ])
        #expect(
            MIMEReader.read(payload).attachments == [
                AttachmentDescriptor(
                    attachmentID: nil, filename: "attachment.png", mimeType: "image/png", size: 4, partID: "1",
                    contentID: "p1", isInline: true, inlineData: Data([0x89, 0x50, 0x4E, 0x47]))
            ])
    }

    @Test func filenamesFromGmailAndHeaders() {
        let parts = [
            // Gmail's field still holds an encoded word: decoded.
            P.leaf("application/pdf", id: "0", filename: "=?UTF-8?B?4oKsLnBkZg==?=", attachmentId: "a", size: 1),
            // RFC 2047 in Content-Type name, nothing else.
            P.leaf(
                "application/pdf", id: "1",
                headers: [("Content-Type", "application/pdf; name=\"=?UTF-8?B?0L7RgtGH0LXRgi5wZGY=?=\"")],
                attachmentId: "b", size: 1),
            // Gmail's field kept an RFC 2231 prefix; the header has the real value.
            P.leaf(
                "application/pdf", id: "2",
                headers: [("Content-Disposition", "attachment; filename*=\"utf-8''%C3%A4%C3%A4.pdf\"")],
                filename: "utf-8''%C3%A4%C3%A4.pdf", attachmentId: "c", size: 1),
            // A clean Gmail name wins over the headers.
            P.leaf(
                "application/pdf", id: "3",
                headers: [("Content-Disposition", "attachment; filename=\"other.pdf\"")], filename: "Bericht.pdf",
                attachmentId: "d", size: 1),
            // Disposition filename beats Content-Type name.
            P.leaf(
                "application/pdf", id: "4",
                headers: [
                    ("Content-Type", "application/pdf; name=\"legacy.pdf\""),
                    ("Content-Disposition", "attachment; filename=\"modern.pdf\""),
                ], attachmentId: "e", size: 1),
        ]
        let message = MIMEReader.read(P.multipart("mixed", id: "", parts))
        #expect(
            message.attachments.map(\.filename) == ["\u{20AC}.pdf", "отчет.pdf", "ää.pdf", "Bericht.pdf", "modern.pdf"])
    }

    @Test func attachmentBytesAreNotDecodedWhenThereIsAnAttachmentId() {
        // 25 MB of content next to a fetch id: only the metadata is used.
        let hugeData = Data(repeating: 0x41, count: 25 * 1024 * 1024)
        let part = MIMEPart(
            partID: "1", mimeType: "application/zip", filename: "big.zip",
            headers: [MIMEHeaderField(name: "Content-Type", value: "application/zip")], content: hugeData,
            fetchID: "zip-1", size: 26_214_400)
        let clock = ContinuousClock()
        var message: ReadMessage?
        let elapsed = clock.measure {
            message = MIMEReader.read(P.multipart("mixed", id: "", [P.text(id: "0", "x"), part]))
        }
        #expect(
            message?.attachments == [
                AttachmentDescriptor(
                    attachmentID: "zip-1", filename: "big.zip", mimeType: "application/zip", size: 26_214_400,
                    partID: "1")
            ])
        #expect(elapsed < .milliseconds(500))
    }
}
