import Foundation
import GoogleSandbox
import MCP
import Testing

/// gmail_send through the binary, libcurl and the fake Gmail, whose strict parser refuses any
/// message that is not standards-exact; what was sent is read back with the reading tools.
@Suite struct SendToolTests {
    static let sendRoute = "POST /gmail/v1/users/me/messages/send"
    static let uploadRoute = "POST /upload/gmail/v1/users/me/messages/send"

    private func readBack(_ server: ServerProcess, id: Int, messageID: String) async throws -> [String: Any] {
        let message = try await server.callTool(
            id: id, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        #expect(!message.isError, "\(message.text)")
        return try #require(message.structured)
    }

    struct RoundTrip: Sendable, CustomStringConvertible {
        let label: String
        let subject: String
        let displayName: String
        let body: String
        let html: String
        let filename: String
        var description: String { label }
    }

    static let roundTrips = [
        RoundTrip(
            label: "ascii", subject: "Quarterly report", displayName: "Ann Example", body: "Hi Ann,\nthe report.",
            html: "<p>Hi Ann,</p><p>the report.</p>", filename: "report.pdf"),
        RoundTrip(
            label: "latin", subject: "Grüße aus Köln – à bientôt, señor", displayName: "Zoë Ångström",
            body: "Café crème, naïve façade.\nÇa va?", html: "<p>Café <i>crème</i></p>", filename: "Überblick.pdf"),
        RoundTrip(
            label: "cjk", subject: "会議の議事録（第３回）と来週の予定について", displayName: "山田 太郎",
            body: "お疲れ様です。\n議事録を添付します。", html: "<p>お疲れ様です。</p>", filename: "議事録.docx"),
        RoundTrip(
            label: "arabic", subject: "مرحبا بالعالم — تقرير الربع", displayName: "سارة أحمد",
            body: "السلام عليكم\nمع التحية", html: "<p dir=\"rtl\">السلام عليكم</p>", filename: "تقرير.pdf"),
        RoundTrip(
            label: "emoji", subject: "Launch 🚀🎉 done 👩‍💻✅", displayName: "Team 🦄", body: "Ship it 🚢\n👍🏽",
            html: "<p>Ship it 🚢</p>", filename: "party 🎉.png"),
        RoundTrip(
            label: "long",
            subject: String(repeating: "A very long subject line that keeps going ", count: 12)
                + "and ends with ünïcödé at last",
            displayName: "\"Someone With A Remarkably Long Display Name, Esq., Department Of Redundancy\"",
            body: String(repeating: "A long line without any breaks at all ", count: 60),
            html: "<p>" + String(repeating: "x", count: 3000) + "</p>",
            filename: String(repeating: "ein-sehr-langer-dateiname-", count: 5) + "größe.txt"),
    ]

    @Test(arguments: roundTrips)
    func sentMailReadsBackExactly(_ sample: RoundTrip) async throws {
        let fixture = try Fixture()
        let (server, tools) = try await fixture.session()
        let file = Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        let result = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: [
                "to": ["\(sample.displayName) <ann@example.com>", "bob@example.org"],
                "cc": "Carol <carol@example.net>",
                "subject": sample.subject, "body": sample.body, "html_body": sample.html,
                "attachments": [["filename": sample.filename, "content_base64": file.base64EncodedString()]],
            ])
        #expect(!result.isError, "\(sample): \(result.text)")
        #expect(result.schemaViolations(tools["gmail_send"]) == [])
        let id = try #require(result.structured?["id"] as? String)
        #expect(result.structured?["label_ids"] as? [String] == ["SENT"])
        #expect(fixture.fake.sentMessageIDs == [id])

        let message = try await readBack(server, id: 3, messageID: id)
        #expect(message["subject"] as? String == sample.subject, "\(sample)")
        let to = try #require(message["to"] as? String)
        // The long sample quotes its name (it holds commas); the header shows it decoded, unquoted.
        #expect(to.contains(sample.displayName.trimmingCharacters(in: ["\""])), "\(sample): \(to)")
        #expect(to.contains("<ann@example.com>") && to.hasSuffix("bob@example.org"), "\(sample): \(to)")
        #expect(message["cc"] as? String == "Carol <carol@example.net>")
        #expect(message["body_text"] as? String == sample.body, "\(sample)")
        #expect(message["body_html"] as? String == sample.html, "\(sample)")
        let attachments = try #require(message["attachments"] as? [[String: Any]])
        #expect(attachments.count == 1)
        #expect(attachments.first?["filename"] as? String == sample.filename, "\(sample)")
        #expect(attachments.first?["size"] as? Int == file.count)
        let attachmentID = try #require(attachments.first?["attachment_id"] as? String)
        let fetched = try await server.callTool(
            id: 4, name: "gmail_get_attachment_by_id", arguments: ["message_id": id, "attachment_id": attachmentID])
        #expect(fetched.attachmentBytes == file, "\(sample)")

        // The stored bytes obey the RFC limits the composer promises.
        let raw = try #require(fixture.fake.rawMessage(id: id))
        let parsed = try StrictMessageParser.parse(raw)
        #expect(parsed.longestLine <= 78, "\(sample)")
        #expect(parsed.longestEncodedWord <= 75, "\(sample)")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func htmlOnlyMailGetsATextPartAndASmallMessageGoesAsJSON() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let result = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: [
                "to": "ann@example.com", "subject": "HTML", "html_body": "<h1>Title</h1><p>Body &amp; more</p>",
            ])
        #expect(!result.isError, "\(result.text)")
        let message = try await readBack(server, id: 3, messageID: try #require(result.structured?["id"] as? String))
        #expect((message["body_text"] as? String)?.contains("Body & more") == true)
        #expect(message["body_html"] as? String == "<h1>Title</h1><p>Body &amp; more</p>")
        #expect(fixture.fake.requests(Self.sendRoute) == 1)
        #expect(fixture.fake.requests(Self.uploadRoute) == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func attachmentsAsDataURLsAndURLSafeBase64KeepTheirBytesAndTypes() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let pdf = Data("%PDF-1.4\n% tiny\n".utf8) + Data((0..<300).map { UInt8($0 % 251) })
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 0xFB, count: 99)
        let urlSafe = png.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let result = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: [
                "to": "ann@example.com", "subject": "Types", "body": "two files",
                "attachments": [
                    ["filename": "scan", "content_base64": "data:application/pdf;base64," + pdf.base64EncodedString()],
                    ["filename": "pixel.png", "content_base64": urlSafe],
                ],
            ])
        #expect(!result.isError, "\(result.text)")
        let message = try await readBack(server, id: 3, messageID: try #require(result.structured?["id"] as? String))
        let attachments = try #require(message["attachments"] as? [[String: Any]])
        #expect(attachments.map { $0["mime_type"] as? String } == ["application/pdf", "image/png"])
        #expect(attachments.map { $0["size"] as? Int } == [pdf.count, png.count])
        #expect(await fixture.finish(server) == 0)
    }

    @Test func headerInjectionIsRefusedAndNothingIsSent() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let base: [String: Any] = ["to": "ann@example.com", "subject": "Hello", "body": "x"]
        let attempts: [(String, [String: Any])] = [
            ("subject CRLF", ["subject": "Hello\r\nBcc: eve@evil.example"]),
            ("subject LF", ["subject": "Hello\nBcc: eve@evil.example"]),
            ("address", ["to": "ann@example.com\r\nBcc: eve@evil.example"]),
            ("display name", ["to": "Ann\r\nBcc: eve@evil.example <ann@example.com>"]),
            ("cc item", ["cc": ["ok@example.com", "x@example.com\nBcc: eve@evil.example"]]),
            ("from", ["from": "me@example.com\rBcc: eve@evil.example"]),
            ("reply_to", ["reply_to": "r@example.com\r\nX-Evil: 1"]),
            (
                "filename",
                ["attachments": [["filename": "a.pdf\r\nBcc: eve@evil.example", "content_base64": "AAAA"]]]
            ),
            (
                "mime_type",
                ["attachments": [["filename": "a.pdf", "content_base64": "AAAA", "mime_type": "a/b\r\nBcc: e@v.il"]]]
            ),
            ("in_reply_to", ["in_reply_to": "<a@b.c>\r\nBcc: eve@evil.example"]),
        ]
        for (index, (label, change)) in attempts.enumerated() {
            let arguments = base.merging(change) { _, new in new }
            let result = try await server.callTool(id: 10 + index, name: "gmail_send", arguments: arguments)
            #expect(result.isError, "\(label)")
            #expect(result.text.hasPrefix("invalid_argument: "), "\(label): \(result.text)")
        }
        // Refused before any request: not even a token was asked for.
        #expect(fixture.fake.httpRequests == 0)
        #expect(fixture.fake.sentMessageIDs.isEmpty)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func badArgumentsAreNamedAndNothingIsSent() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let cases: [(String, [String: Any], String)] = [
            ("no to", ["subject": "s", "body": "b"], "'to'"),
            ("empty to", ["to": [] as [String], "subject": "s", "body": "b"], "'to'"),
            ("no subject", ["to": "a@example.com", "body": "b"], "'subject'"),
            ("no body", ["to": "a@example.com", "subject": "s"], "body"),
            ("not an address", ["to": "not-an-address", "subject": "s", "body": "b"], "'to'"),
            ("to not strings", ["to": [42], "subject": "s", "body": "b"], "'to[0]'"),
            (
                "bad base64",
                [
                    "to": "a@example.com", "subject": "s", "body": "b",
                    "attachments": [["filename": "scan.pdf", "content_base64": "%%%not base64%%%"]],
                ],
                "scan.pdf"
            ),
            (
                "unknown attachment key",
                [
                    "to": "a@example.com", "subject": "s", "body": "b",
                    "attachments": [["filename": "a.txt", "content_base64": "AAAA", "path": "/etc/passwd"]],
                ],
                "'attachments[0].path'"
            ),
            (
                "attachment not object",
                ["to": "a@example.com", "subject": "s", "body": "b", "attachments": ["a.txt"]], "'attachments[0]'"
            ),
            (
                "bad in_reply_to", ["to": "a@example.com", "subject": "s", "body": "b", "in_reply_to": "nope"],
                "in_reply_to"
            ),
            ("unknown argument", ["to": "a@example.com", "subject": "s", "body": "b", "sudject": "x"], "'sudject'"),
        ]
        for (index, (label, arguments, named)) in cases.enumerated() {
            let result = try await server.callTool(id: 10 + index, name: "gmail_send", arguments: arguments)
            #expect(result.text.hasPrefix("invalid_argument: "), "\(label): \(result.text)")
            #expect(result.text.contains(named), "\(label): \(result.text)")
        }
        #expect(fixture.fake.httpRequests == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func tenMegabytesGoThroughTheUploadAndThirtySixAreRefusedUpFront() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        var generator = SystemRandomNumberGenerator()
        let tenMB = Data((0..<10_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let result = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: [
                "to": "ann@example.com", "subject": "Big file", "body": "attached",
                "attachments": [["filename": "big.bin", "content_base64": tenMB.base64EncodedString()]],
            ], timeout: .seconds(120))
        #expect(!result.isError, "\(result.text)")
        #expect(fixture.fake.requests(Self.uploadRoute) == 1)
        #expect(fixture.fake.requests(Self.sendRoute) == 0)
        #expect(fixture.fake.lastSendUploadType == "media")
        let id = try #require(result.structured?["id"] as? String)
        let parsed = try StrictMessageParser.parse(try #require(fixture.fake.rawMessage(id: id)))
        #expect(parsed.attachments.first?.content == tenMB)

        let before = fixture.fake.httpRequests
        let tooBig = Data(count: 36_000_000)
        let refused = try await server.callTool(
            id: 3, name: "gmail_send",
            arguments: [
                "to": "ann@example.com", "subject": "Too big", "body": "attached",
                "attachments": [["filename": "huge.bin", "content_base64": tooBig.base64EncodedString()]],
            ], timeout: .seconds(120))
        #expect(refused.text.hasPrefix("invalid_argument: "), "\(refused.text)")
        #expect(refused.text.contains("35 MiB"))
        #expect(fixture.fake.httpRequests == before)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func readOnlyModeHasNoSendTool() async throws {
        let fixture = try Fixture()
        let (server, tools) = try await fixture.session(environment: ["GMAIL_MCP_READ_ONLY": "1"])
        #expect(tools["gmail_send"] == nil)
        #expect(tools["gmail_fetch_mails"] != nil)
        server.startToolCall(
            id: 2, name: "gmail_send", arguments: ["to": "a@example.com", "subject": "s", "body": "b"])
        let answer = try await server.response(id: 2)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32602)
        #expect(fixture.fake.httpRequests == 0)
        #expect(await fixture.finish(server) == 0)
    }
}
