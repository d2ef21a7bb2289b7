import Foundation
import Testing

@testable import MIME

/// Whole messages from the composer: structure, headers and the refusals.
@Suite("MIME composer")
struct MIMEComposerTests {
    private let alice = OutgoingMailbox(displayName: "Alice", localPart: "alice", domain: "example.com")
    private let fixedDate = Date(timeIntervalSince1970: 1_790_000_000)

    private func compose(_ message: OutgoingMessage) throws -> String {
        var counter = 0
        let raw = try MIMEComposer.compose(message) {
            counter += 1
            return "=_b\(counter)"
        }
        return String(decoding: raw, as: UTF8.self)
    }

    @Test func plainTextMessageIsOnePart() throws {
        let text = try compose(
            OutgoingMessage(to: [alice], subject: "Hello", textBody: "Hi Alice,\nsee you.", date: fixedDate))
        #expect(
            text == """
                To: Alice <alice@example.com>\r
                Subject: Hello\r
                Date: Mon, 21 Sep 2026 14:13:20 +0000\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                Hi Alice,\r
                see you.=\r

                """)
    }

    @Test func htmlOnlyGetsATextAlternativeFirst() throws {
        let text = try compose(
            OutgoingMessage(to: [alice], subject: "S", htmlBody: "<p>Hello <b>there</b></p>", date: fixedDate))
        #expect(text.contains("Content-Type: multipart/alternative; boundary=\"=_b1\"\r\n\r\n--=_b1\r\n"))
        let plain = try #require(text.range(of: "Content-Type: text/plain"))
        let html = try #require(text.range(of: "Content-Type: text/html"))
        #expect(plain.lowerBound < html.lowerBound)
        #expect(text.contains("Hello there"))
        #expect(text.hasSuffix("\r\n--=_b1--\r\n"))
    }

    @Test func attachmentsMakeMultipartMixedWithBase64Lines() throws {
        let bytes = Data((0..<1000).map { UInt8($0 % 256) })
        let message = OutgoingMessage(
            to: [alice], subject: "Files", textBody: "See attached.", htmlBody: "<p>See attached.</p>",
            attachments: [
                OutgoingAttachment(filename: "données.bin", mediaType: "application/octet-stream", data: bytes)
            ],
            date: fixedDate)
        let text = try compose(message)
        #expect(text.contains("Content-Type: multipart/mixed; boundary=\"=_b2\""))
        #expect(text.contains("Content-Type: multipart/alternative; boundary=\"=_b1\""))
        #expect(text.contains("Content-Disposition: attachment; filename*=UTF-8''donn%C3%A9es.bin"))
        #expect(text.contains(bytes.base64EncodedString(options: .lineLength76Characters)))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func replyHeadersAreWritten() throws {
        var message = OutgoingMessage(to: [alice], subject: "Re: Plan", textBody: "ok", date: fixedDate)
        message.inReplyTo = "<b@mail.gmail.com>"
        message.references = ["<a@mail.gmail.com>", "<b@mail.gmail.com>"]
        let text = try compose(message)
        #expect(text.contains("In-Reply-To: <b@mail.gmail.com>\r\n"))
        #expect(text.contains("References: <a@mail.gmail.com> <b@mail.gmail.com>\r\n"))
    }

    @Test func lineBreaksInHeaderTextAreRefused() {
        let attempts: [OutgoingMessage] = [
            OutgoingMessage(to: [alice], subject: "Hi\r\nBcc: eve@example.com", textBody: "x"),
            OutgoingMessage(to: [alice], subject: "Hi\nthere", textBody: "x"),
            OutgoingMessage(
                to: [alice], subject: "x", textBody: "x",
                attachments: [OutgoingAttachment(filename: "a\r\nb.pdf", mediaType: "application/pdf", data: Data())]),
            OutgoingMessage(to: [alice], subject: "x", textBody: "x", inReplyTo: "<a@b>\r\nBcc: e@f.g"),
        ]
        for message in attempts {
            #expect(throws: ComposeError.self) { try MIMEComposer.compose(message) }
        }
    }

    @Test func messagesOverGmailsLimitAreRefusedBeforeComposing() throws {
        let big = Data(count: 27 * 1024 * 1024)
        let message = OutgoingMessage(
            to: [alice], subject: "x", textBody: "x",
            attachments: [OutgoingAttachment(filename: "big.bin", mediaType: "application/octet-stream", data: big)])
        let error = try #require(throws: ComposeError.self) { try MIMEComposer.compose(message) }
        #expect(error.message.contains("35 MiB"))
        // 25 MiB of file is about 35.9 million bytes encoded (4/3, plus CRLF every 76), within the limit.
        let fits = OutgoingMessage(
            to: [alice], subject: "x", textBody: "x",
            attachments: [
                OutgoingAttachment(
                    filename: "ok.bin", mediaType: "application/octet-stream", data: Data(count: 25 * 1024 * 1024))
            ])
        #expect(try MIMEComposer.compose(fits).count <= MIMEComposer.gmailSizeLimit)
    }
}
