import Foundation
import GoogleSandbox
import MCP
import Testing

/// "Empty means absent" (docs/tools.md), through the binary, tool by tool: an optional
/// argument given as null, "" or [] (what strict-mode clients send for every field they do not
/// want) is treated exactly as if it were left out; a required one given empty is
/// `invalid_argument`; `false` and `0` are values.
@Suite struct EmptyArgumentsTests {
    /// Results of one call, minus what differs on every read (Gmail's attachment ids).
    static func comparable(_ result: ToolResult) -> String {
        func scrub(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "attachment_id" }.mapValues(scrub)
            }
            if let array = value as? [Any] { return array.map(scrub) }
            return value
        }
        let data = try? JSONSerialization.data(withJSONObject: scrub(result.structured ?? [:]), options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    struct Case: Sendable, CustomStringConvertible {
        let tool: String
        let minimalJSON: String
        /// The minimal arguments plus every other declared one, empty.
        let strictJSON: String
        var description: String { tool }
    }

    static let plainASCII = SandboxSeed.seededMessage("plain-ascii")!.id
    static let chart = SandboxSeed.seededMessage("chart-png")!.id

    static let readingCases = [
        Case(
            tool: "gmail_fetch_mails", minimalJSON: #"{"max_results": 5}"#,
            strictJSON:
                #"{"max_results": 5, "query": "", "label_ids": [], "page_token": "", "include_spam_trash": null, "format": ""}"#
        ),
        Case(
            tool: "gmail_get_message_by_id", minimalJSON: #"{"message_id": "\#(plainASCII)"}"#,
            strictJSON: #"{"message_id": "\#(plainASCII)", "format": "", "max_body_chars": null, "body_offset": null}"#),
        Case(
            tool: "gmail_list_drafts", minimalJSON: "{}",
            strictJSON: #"{"query": "", "max_results": null, "page_token": "", "include_spam_trash": null}"#),
        Case(
            tool: "gmail_search_people", minimalJSON: #"{"query": "a"}"#,
            strictJSON: #"{"query": "a", "page_size": null, "person_fields": [], "include_other_contacts": null}"#),
        Case(
            tool: "gmail_list_contacts", minimalJSON: "{}",
            strictJSON: #"{"page_size": null, "page_token": "", "person_fields": [], "sort_order": ""}"#),
    ]

    static func arguments(_ json: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
    }

    @Test(arguments: readingCases)
    func emptyOptionalArgumentsReadAsAbsent(_ testCase: Case) async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let minimal = try await server.callTool(
            id: 2, name: testCase.tool, arguments: Self.arguments(testCase.minimalJSON))
        let strict = try await server.callTool(
            id: 3, name: testCase.tool, arguments: Self.arguments(testCase.strictJSON))
        #expect(!minimal.isError, "\(minimal.text)")
        #expect(!strict.isError, "\(strict.text)")
        #expect(Self.comparable(strict) == Self.comparable(minimal))
        #expect(await fixture.finish(server) == 0)
    }

    @Test func attachmentEmptiesReadAsAbsent() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let message = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": Self.chart])
        let attachmentID = try #require(
            (message.structured?["attachments"] as? [[String: Any]])?.first?["attachment_id"] as? String)
        let minimal = try await server.callTool(
            id: 3, name: "gmail_get_attachment_by_id",
            arguments: ["message_id": Self.chart, "attachment_id": attachmentID])
        for (id, save) in [(4, NSNull() as Any), (5, false as Any)] {
            let strict = try await server.callTool(
                id: id, name: "gmail_get_attachment_by_id",
                arguments: ["message_id": Self.chart, "attachment_id": attachmentID, "file_name": "", "save": save])
            #expect(!strict.isError, "\(strict.text)")
            #expect(Self.comparable(strict) == Self.comparable(minimal))
            #expect(strict.attachmentBytes == minimal.attachmentBytes)
            #expect(strict.structured?["filename"] as? String == "chart.png", "file_name \"\" looks the name up")
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test func refreshTokenWithEveryCredentialEmptyIsEnvironmentMode() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let result = try await server.callTool(
            id: 2, name: "gmail_refresh_token",
            arguments: [
                "google_refresh_token": "", "google_client_id": "", "google_client_secret": "",
                "google_access_token": NSNull(),
            ])
        #expect(!result.isError, "\(result.text)")
        #expect(result.structured?["status"] as? String == "success")
        #expect(result.structured?["access_token"] == nil, "empty credentials are not headless mode")
        #expect(await fixture.finish(server) == 0)
    }

    /// Sends, then reads back what arrived: the headers and parts Gmail stored.
    static func sendAndRead(
        _ server: ServerProcess, _ fixture: Fixture, id: Int, _ arguments: [String: Any]
    ) async throws -> (message: [String: Any], raw: String) {
        let sent = try await server.callTool(id: id, name: "gmail_send", arguments: arguments)
        #expect(!sent.isError, "\(sent.text)")
        let messageID = try #require(sent.structured?["id"] as? String)
        let read = try await server.callTool(
            id: id + 1, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        let raw = String(decoding: try #require(fixture.fake.rawMessage(id: messageID)), as: UTF8.self)
        return (try #require(read.structured), raw)
    }

    @Test func aStrictSendArrivesAsTheMinimalOne() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let base: [String: Any] = ["to": ["bob@example.org"], "subject": "Lunch", "body": "Noon?"]
        let empties: [String: Any] = [
            "cc": [], "bcc": [], "from": "", "reply_to": [], "html_body": "", "thread_id": "", "in_reply_to": "",
            "reply_to_message_id": "", "attachments": [],
        ]
        let minimal = try await Self.sendAndRead(server, fixture, id: 10, base)
        let strict = try await Self.sendAndRead(server, fixture, id: 20, base.merging(empties) { $1 })
        for field in ["subject", "from", "to", "body_text", "body_html", "has_attachments"] {
            #expect(
                "\(strict.message[field] ?? "absent")" == "\(minimal.message[field] ?? "absent")", "\(field)")
        }
        #expect(strict.message["body_html"] as? String == "", "html_body \"\" adds no HTML part")
        #expect(!strict.raw.contains("text/html"))
        #expect(
            strict.raw.contains("From: " + SandboxSeed.emailAddress)
                || strict.raw.contains("<\(SandboxSeed.emailAddress)>"))
        #expect(!strict.raw.contains("\r\nCc:") && !strict.raw.contains("\r\nReply-To:"))

        // body "" beside an html_body: the text part is derived from the HTML, as with html_body alone.
        let htmlOnly = try await Self.sendAndRead(
            server, fixture, id: 30,
            ["to": ["bob@example.org"], "subject": "Menu", "html_body": "<p>Soup <b>and</b> bread</p>"])
        let htmlAndEmptyBody = try await Self.sendAndRead(
            server, fixture, id: 40,
            ["to": ["bob@example.org"], "subject": "Menu", "html_body": "<p>Soup <b>and</b> bread</p>", "body": ""])
        #expect(htmlAndEmptyBody.message["body_text"] as? String == htmlOnly.message["body_text"] as? String)
        #expect((htmlAndEmptyBody.message["body_text"] as? String)?.contains("Soup and bread") == true)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anEmptySubjectOnAReplyDerivesRe() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let parent = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": Self.plainASCII])
        let parentSubject = try #require(parent.structured?["subject"] as? String)
        let reply = try await Self.sendAndRead(
            server, fixture, id: 10,
            ["to": ["alice@example.com"], "subject": "", "body": "Thanks!", "reply_to_message_id": Self.plainASCII])
        #expect(reply.message["subject"] as? String == "Re: " + parentSubject)
        #expect(reply.message["thread_id"] as? String == parent.structured?["thread_id"] as? String)
        #expect(await fixture.finish(server) == 0)
    }

    struct Refusal: Sendable, CustomStringConvertible {
        let tool: String
        let argumentsJSON: String
        let mentions: String
        var description: String { "\(tool) \(argumentsJSON)" }
    }

    static let refusals = [
        Refusal(tool: "gmail_send", argumentsJSON: #"{"to": [], "subject": "s", "body": "b"}"#, mentions: "'to'"),
        Refusal(tool: "gmail_send", argumentsJSON: #"{"to": "", "subject": "s", "body": "b"}"#, mentions: "'to'"),
        Refusal(
            tool: "gmail_send", argumentsJSON: #"{"to": ["a@example.com"], "subject": "", "body": "b"}"#,
            mentions: "'subject'"),
        Refusal(
            tool: "gmail_send",
            argumentsJSON: #"{"to": ["a@example.com"], "subject": "s", "body": "", "html_body": ""}"#,
            mentions: "'body'"),
        Refusal(
            tool: "gmail_send",
            argumentsJSON:
                #"{"to": ["a@example.com"], "subject": "s", "body": "b", "attachments": [{"filename": "", "content_base64": "aGk="}]}"#,
            mentions: "filename"),
        Refusal(
            tool: "gmail_send",
            argumentsJSON:
                #"{"to": ["a@example.com"], "subject": "s", "body": "b", "attachments": [{"filename": "a.txt", "content_base64": ""}]}"#,
            mentions: "content_base64"),
        Refusal(
            tool: "gmail_send",
            argumentsJSON:
                #"{"to": ["a@example.com"], "subject": "s", "body": "b", "attachments": [{"filename": "a.txt", "content_base64": "===="}]}"#,
            mentions: "content_base64"),
        Refusal(tool: "gmail_search_people", argumentsJSON: #"{"query": ""}"#, mentions: "'query'"),
        Refusal(
            tool: "gmail_search_people", argumentsJSON: #"{"query": "a", "person_fields": "names"}"#,
            mentions: "'person_fields'"),
        Refusal(
            tool: "gmail_list_contacts", argumentsJSON: #"{"person_fields": "names"}"#, mentions: "'person_fields'"),
        Refusal(tool: "gmail_fetch_mails", argumentsJSON: #"{"label_ids": "INBOX"}"#, mentions: "'label_ids'"),
        Refusal(tool: "gmail_fetch_mails", argumentsJSON: #"{"max_results": 0}"#, mentions: "'max_results'"),
        Refusal(tool: "gmail_get_message_by_id", argumentsJSON: #"{"message_id": ""}"#, mentions: "'message_id'"),
        Refusal(
            tool: "gmail_get_attachment_by_id",
            argumentsJSON: #"{"message_id": "\#(plainASCII)", "attachment_id": ""}"#, mentions: "'attachment_id'"),
    ]

    @Test(arguments: refusals)
    func requiredArgumentsGivenEmptyAreRefusedWithNothingSent(_ refusal: Refusal) async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let before = fixture.fake.httpRequests
        let result = try await server.callTool(
            id: 2, name: refusal.tool, arguments: Self.arguments(refusal.argumentsJSON))
        #expect(result.isError)
        #expect(result.text.hasPrefix("invalid_argument: "), "\(result.text)")
        #expect(result.text.contains(refusal.mentions), "\(result.text)")
        #expect(fixture.fake.httpRequests == before, "nothing may be sent for a refused call")
        #expect(await fixture.finish(server) == 0)
    }
}
