import Foundation
import GoogleSandbox
import MCP
import Testing

/// Attachment bytes travel once (docs/tools.md, How the bytes arrive): in the content item made for them (an
/// image, a text resource decoded from the part's charset, or a blob resource), never as base64
/// in structuredContent or its text copy; `sha256` says which bytes they are.
@Suite struct AttachmentContentTests {
    struct Part {
        let name: String?
        /// The Content-Type header value, parameters included.
        let contentType: String
        let bytes: Data
    }

    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<3000).map { UInt8($0 % 251) })
    static let pdf = Data("%PDF-1.4\n".utf8) + Data((0..<5000).map { UInt8($0 % 256) })
    /// "Señor Müller, the façade is ready.\r\nÀ bientôt\r\n" in ISO-8859-1.
    static let latin1Text = "Señor Müller, the façade is ready.\r\nÀ bientôt\r\n"
    static let latin1 = Data(latin1Text.unicodeScalars.map { UInt8($0.value) })
    static let json = Data(#"{"city":"Zürich","temperature":-3.5}"#.utf8)
    static let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg"><text>Grüße</text></svg>"#.utf8)
    /// Not UTF-8 (0xFF never is), labelled as UTF-8 text: must stay bytes.
    static let brokenText = Data([0x48, 0x69, 0xFF, 0xFE, 0x00, 0x21])
    static let opaque = Data((0..<700).map { UInt8(($0 * 37 + 11) % 256) })

    static let parts = [
        Part(name: "chart.png", contentType: "image/png", bytes: png),
        Part(name: "invoice.pdf", contentType: "application/pdf", bytes: pdf),
        Part(name: "note.txt", contentType: "text/plain; charset=ISO-8859-1", bytes: latin1),
        Part(name: "weather.json", contentType: "application/json", bytes: json),
        Part(name: "logo.svg", contentType: "image/svg+xml", bytes: svg),
        Part(name: "broken.txt", contentType: "text/plain; charset=UTF-8", bytes: brokenText),
        Part(name: nil, contentType: "application/octet-stream", bytes: opaque),
    ]

    static func message(with parts: [Part]) -> Data {
        var lines = [
            "From: Ann <ann@example.com>", "To: me@example.com", "Subject: files",
            "Date: Mon, 2 Nov 2026 10:00:00 +0000", "Message-ID: <files-1@example.com>", "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1", "Content-Type: text/plain; charset=UTF-8", "",
            "see attached",
        ]
        for part in parts {
            lines += ["--b1", "Content-Type: \(part.contentType)" + (part.name.map { "; name=\"\($0)\"" } ?? "")]
            lines.append("Content-Disposition: attachment" + (part.name.map { "; filename=\"\($0)\"" } ?? ""))
            lines += [
                "Content-Transfer-Encoding: base64", "",
                part.bytes.base64EncodedString(options: [
                    .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
                ]),
            ]
        }
        lines += ["--b1--", ""]
        return Data(lines.joined(separator: "\r\n").utf8)
    }

    @Test func eachAttachmentArrivesOnceInTheRightContentItem() async throws {
        let fixture = try Fixture()
        let messageID = fixture.fake.deliver(raw: Self.message(with: Self.parts))
        let (server, tools) = try await fixture.session()
        let message = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        let listed = try #require(message.structured?["attachments"] as? [[String: Any]])
        #expect(listed.count == Self.parts.count)

        for (index, (part, entry)) in zip(Self.parts, listed).enumerated() {
            let attachmentID = try #require(entry["attachment_id"] as? String)
            let file = try await server.callTool(
                id: 10 + index, name: "gmail_get_attachment_by_id",
                arguments: ["message_id": messageID, "attachment_id": attachmentID])
            let label = part.name ?? "nameless"
            #expect(!file.isError, "\(label): \(file.text)")
            #expect(file.schemaViolations(tools["gmail_get_attachment_by_id"]) == [], "\(label)")
            // The bytes are nowhere in the structured result or its text copy.
            #expect(file.structured?["data_base64"] == nil, "\(label)")
            #expect(!file.text.contains(part.bytes.base64EncodedString().prefix(40)), "\(label)")
            #expect(file.textAsJSON?["sha256"] as? String == SHA256Hex.of(part.bytes), "\(label)")
            #expect(file.structured?["sha256"] as? String == SHA256Hex.of(part.bytes), "\(label)")
            #expect(file.structured?["size"] as? Int == part.bytes.count, "\(label)")
            #expect(file.content.count == 2, "\(label): one item for the bytes, after the text")

            let item = try #require(file.attachmentItem)
            let bareType = String(part.contentType.split(separator: ";")[0])
            let uri = "gmail://messages/\(messageID)/attachments/\(attachmentID)"
            let resource = item["resource"] as? [String: Any]
            switch label {
            case "chart.png":
                #expect(item["type"] as? String == "image")
                #expect(item["mimeType"] as? String == "image/png")
                #expect(Data(base64Encoded: item["data"] as? String ?? "") == part.bytes)
            case "note.txt":
                #expect(item["type"] as? String == "resource")
                #expect(resource?["text"] as? String == Self.latin1Text, "decoded from ISO-8859-1")
                #expect(resource?["blob"] == nil)
            case "weather.json", "logo.svg":
                #expect(item["type"] as? String == "resource", "\(label)")
                #expect(resource?["text"] as? String == String(decoding: part.bytes, as: UTF8.self), "\(label)")
            default:  // the PDF, the broken text and the nameless bytes stay bytes
                #expect(item["type"] as? String == "resource", "\(label)")
                #expect(resource?["text"] == nil, "\(label)")
                #expect(Data(base64Encoded: resource?["blob"] as? String ?? "") == part.bytes, "\(label)")
            }
            if label != "chart.png" {
                #expect(resource?["uri"] as? String == uri, "\(label)")
                #expect(resource?["mimeType"] as? String == bareType, "\(label): the bare type, no parameters")
            }
            if part.name == nil {
                #expect(file.structured?["filename"] as? String == "attachment.bin")
                #expect(entry["filename"] as? String == "attachment.bin")
            }
        }
        #expect(await fixture.finish(server) == 0)
    }
}
