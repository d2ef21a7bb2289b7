import Foundation
import MIME
import Testing

@testable import Gmail

/// Gmail's `payload` turned into the MIME reader's neutral part tree.
@Suite struct GmailPayloadTreeTests {
    @Test func base64URLDataIsDecodedAndTheTreeKeepsItsShape() {
        let payload = MessagePart(
            partId: "", mimeType: "multipart/mixed", filename: "",
            headers: [MessageHeader(name: "Content-Type", value: "multipart/mixed; boundary=b")],
            body: MessagePartBody(size: 0),
            parts: [
                MessagePart(
                    partId: "0", mimeType: "text/plain", filename: "",
                    headers: [MessageHeader(name: "Content-Type", value: "text/plain")],
                    body: MessagePartBody(size: 4, data: "w6nDqQ")),  // "éé", unpadded URL-safe
                MessagePart(
                    partId: "1", mimeType: "application/pdf", filename: "a.pdf", headers: [],
                    body: MessagePartBody(attachmentId: "ANGjdJ9", size: 40_000)),
            ])
        let tree = payload.mimePart
        #expect(tree.partID == "")
        #expect(tree.headers == [MIMEHeaderField(name: "Content-Type", value: "multipart/mixed; boundary=b")])
        #expect(tree.children.count == 2)
        #expect(tree.children[0].content == Data("éé".utf8))
        #expect(tree.children[0].fetchID == nil)
        #expect(tree.children[1].content == nil)
        #expect(tree.children[1].fetchID == "ANGjdJ9")
        #expect(tree.children[1].size == 40_000)
        #expect(tree.children[1].filename == "a.pdf")
    }

    @Test func dataThatIsNotBase64IsEmptyAndAnEmptyAttachmentIdIsNone() {
        let part = MessagePart(
            partId: "", mimeType: "text/plain", body: MessagePartBody(attachmentId: "", size: 3, data: "!!*"))
        #expect(part.mimePart.content == Data())
        #expect(part.mimePart.fetchID == nil)
        #expect(MIMEReader.read(part.mimePart).bodyText == "")
        #expect(GmailMessage(id: "1").mimeTree == MIMEPart())
    }
}
