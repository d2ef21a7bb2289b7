import Foundation
import Testing

@testable import MIME

@Suite("MIMEReader forwarded messages")
struct MIMEReaderForwardedTests {
    typealias P = MIMETestPayload

    /// Gmail's shape: the message/rfc822 part carries its MIME headers and an attachmentId,
    /// and `parts` holds the parsed embedded message, whose first part has the inner headers.
    private func forwarded(
        id: String, filename: String = "", attachmentId: String?, data: [UInt8]? = nil, innerSubject: String?,
        innerParts: [MIMEPart]
    ) -> MIMEPart {
        var innerHeaders = [MIMEHeaderField(name: "From", value: "Carol <carol@example.com>")]
        if let innerSubject { innerHeaders.append(MIMEHeaderField(name: "Subject", value: innerSubject)) }
        innerHeaders.append(MIMEHeaderField(name: "Content-Type", value: "multipart/mixed; boundary=\"inner\""))
        let innerRoot = MIMEPart(
            partID: "\(id).0", mimeType: "multipart/mixed", filename: "", headers: innerHeaders, size: 0,
            children: innerParts)
        return MIMEPart(
            partID: id, mimeType: "message/rfc822", filename: filename,
            headers: [
                MIMEHeaderField(name: "Content-Type", value: "message/rfc822"),
                MIMEHeaderField(name: "Content-Disposition", value: "attachment"),
            ],
            content: data.map { Data($0) }, fetchID: attachmentId, size: data?.count ?? 2048,
            children: data == nil ? [innerRoot] : [])
    }

    private var innerParts: [MIMEPart] {
        [
            P.text(id: "1.0.0", "Inner text must not be the outer body"),
            P.leaf("application/pdf", id: "1.0.1", filename: "inner.pdf", attachmentId: "inner-pdf", size: 10),
        ]
    }

    @Test func forwardedMessageIsOneAttachmentNamedAfterItsSubject() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.text(id: "0", "See below.\r\n"),
                forwarded(
                    id: "1", attachmentId: "fwd-1", innerSubject: "=?utf-8?q?Quartalsbericht_Q3/Q4?=",
                    innerParts: innerParts),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "See below.\n")
        #expect(message.bodyHTML == nil)
        #expect(
            message.attachments == [
                AttachmentDescriptor(
                    attachmentID: "fwd-1", filename: "Quartalsbericht Q3_Q4.eml", mimeType: "message/rfc822",
                    size: 2048, partID: "1")
            ])
    }

    @Test func forwardedMessageOwnFilenameWins() {
        let payload = P.multipart(
            "mixed", id: "",
            [forwarded(id: "1", filename: "original.eml", attachmentId: "f", innerSubject: "S", innerParts: innerParts)]
        )
        #expect(MIMEReader.read(payload).attachments.map(\.filename) == ["original.eml"])
    }

    @Test func forwardedMessageWithoutSubject() {
        let payload = P.multipart(
            "mixed", id: "", [forwarded(id: "1", attachmentId: "f", innerSubject: nil, innerParts: innerParts)])
        let message = MIMEReader.read(payload)
        #expect(message.attachments.map(\.filename) == ["forwarded-message.eml"])
        #expect(message.bodyText == nil)
    }

    @Test func unfetchableForwardedMessageListsItsFiles() {
        let payload = P.multipart(
            "mixed", id: "",
            [
                P.text(id: "0", "FYI"),
                forwarded(id: "1", attachmentId: nil, innerSubject: "Old", innerParts: innerParts),
            ])
        let message = MIMEReader.read(payload)
        #expect(message.bodyText == "FYI")
        #expect(
            message.attachments == [
                AttachmentDescriptor(
                    attachmentID: nil, filename: "Old.eml", mimeType: "message/rfc822", size: 2048, partID: "1"),
                AttachmentDescriptor(
                    attachmentID: "inner-pdf", filename: "inner.pdf", mimeType: "application/pdf", size: 10,
                    partID: "1.0.1"),
            ])
    }

    @Test func inlineRawForwardedMessageIsNamedFromItsHeaderBlock() {
        let raw = Array("Subject: Hello\r\n there\r\nFrom: a@b\r\n\r\nbody\r\n".utf8)
        let payload = P.multipart(
            "mixed", id: "", [forwarded(id: "1", attachmentId: nil, data: raw, innerSubject: nil, innerParts: [])])
        #expect(
            MIMEReader.read(payload).attachments == [
                AttachmentDescriptor(
                    attachmentID: nil, filename: "Hello there.eml", mimeType: "message/rfc822", size: raw.count,
                    partID: "1", inlineData: Data(raw))
            ])
    }

    @Test func digestPartsDefaultToMessages() {
        let entry = MIMEPart(partID: "0", mimeType: nil, filename: "", fetchID: "d0", size: 100)
        let payload = P.multipart("digest", id: "", [entry])
        #expect(
            MIMEReader.read(payload).attachments == [
                AttachmentDescriptor(
                    attachmentID: "d0", filename: "forwarded-message.eml", mimeType: "message/rfc822", size: 100,
                    partID: "0")
            ])
    }
}
