import Foundation
import GoogleSandbox
import MCP
import Testing

/// gmail_fetch_mails, gmail_get_message_by_id and gmail_get_attachment_by_id through the binary,
/// libcurl and the fake Gmail over real HTTP.
@Suite struct ReadingToolsTests {
    static func source(
        from: String = "Ann Example <ann@example.com>", to: String = "me@example.com", subject: String,
        headers: [String] = [], contentType: String = "text/plain; charset=UTF-8", body: String
    ) -> Data {
        var lines = ["From: \(from)", "To: \(to)", "Subject: \(subject)", "Date: Mon, 2 Nov 2026 10:00:00 +0000"]
        lines += [
            "Message-ID: <\(UUID().uuidString)@example.com>", "MIME-Version: 1.0", "Content-Type: \(contentType)",
        ]
        lines += headers
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8)
    }

    @Test func fetchReturnsDecodedSummariesNewestFirstMatchingTheSchema() async throws {
        let fixture = try Fixture()
        let now = Date()
        fixture.fake.deliver(
            raw: Self.source(subject: "older", body: "first\r\n"), labelIds: ["INBOX"],
            internalDate: now.addingTimeInterval(-3600))
        let newest = fixture.fake.deliver(
            raw: Self.source(
                from: "=?UTF-8?B?w4Rnb3N0b24gTMO2dw==?= <agoston@example.com>",
                subject: "=?UTF-8?Q?Gr=C3=BC=C3=9Fe_?= =?UTF-8?B?8J+Ygw==?=",
                headers: ["Cc: c@example.com"], body: "second\r\n"),
            labelIds: ["INBOX", "UNREAD"], internalDate: now)
        let (server, tools) = try await fixture.session()
        let result = try await server.callTool(id: 2, name: "gmail_fetch_mails", arguments: ["max_results": 10])
        #expect(!result.isError, "\(result.text)")
        #expect(result.schemaViolations(tools["gmail_fetch_mails"]) == [])
        let messages = try #require(result.structured?["messages"] as? [[String: Any]])
        #expect(messages.count == 2)
        let first = try #require(messages.first)
        #expect(first["id"] as? String == newest)
        #expect(first["subject"] as? String == "Grüße 😃")
        #expect(first["from"] as? String == "Ägoston Löw <agoston@example.com>")  // w4Q is Ä
        #expect(first["cc"] as? String == "c@example.com")
        #expect(first["date"] as? String == "Mon, 2 Nov 2026 10:00:00 +0000")
        #expect(first["label_ids"] as? [String] == ["INBOX", "UNREAD"])
        #expect(first["has_attachments"] as? Bool == false)
        #expect((first["internal_date"] as? String)?.hasSuffix("Z") == true)
        #expect(messages[1]["subject"] as? String == "older")
        // List + one batch: two round trips, no per-message GETs.
        #expect(fixture.fake.requests("GET /gmail/v1/users/me/messages") == 1)
        #expect(fixture.fake.requests("POST /batch/gmail/v1") == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func pagingWalksThreePagesWithoutGapsOrRepeats() async throws {
        let fixture = try Fixture()
        var delivered: [String] = []
        for index in 0..<25 {
            delivered.append(
                fixture.fake.deliver(
                    raw: Self.source(subject: "n\(index)", body: "x\r\n"), labelIds: ["INBOX"],
                    internalDate: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 60)))
        }
        let (server, _) = try await fixture.session()
        var seen: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var arguments: [String: Any] = ["max_results": 10, "format": "minimal"]
            if let token { arguments["page_token"] = token }
            let result = try await server.callTool(id: 10 + pages, name: "gmail_fetch_mails", arguments: arguments)
            let messages = try #require(result.structured?["messages"] as? [[String: Any]])
            seen += messages.compactMap { $0["id"] as? String }
            #expect(messages.allSatisfy { Set($0.keys).isSubset(of: ["id", "thread_id"]) })
            token = result.structured?["next_page_token"] as? String
            pages += 1
        } while token != nil && pages < 10
        #expect(pages == 3)
        #expect(seen == delivered.reversed())
        // Format minimal needs no message GETs at all.
        #expect(fixture.fake.requests("POST /batch/gmail/v1") == 0)
        #expect(fixture.fake.requests("GET /gmail/v1/users/me/messages/{id}") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func queriesLabelsAndSpamTrashReachGmail() async throws {
        let fixture = try Fixture()
        fixture.fake.deliver(
            raw: Self.source(from: "boss@work.example", subject: "budget", body: "q3\r\n"),
            labelIds: ["INBOX", "STARRED"])
        fixture.fake.deliver(raw: Self.source(subject: "win a prize", body: "spam\r\n"), labelIds: ["SPAM"])
        fixture.fake.deliver(raw: Self.source(subject: "old budget", body: "bin\r\n"), labelIds: ["TRASH"])
        let (server, _) = try await fixture.session()
        func subjects(_ id: Int, _ arguments: [String: Any]) async throws -> [String] {
            let result = try await server.callTool(id: id, name: "gmail_fetch_mails", arguments: arguments)
            #expect(!result.isError, "\(result.text)")
            return (result.structured?["messages"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
        }
        #expect(try await subjects(2, ["query": "from:boss@work.example"]) == ["budget"])
        #expect(try await subjects(3, ["query": "budget"]) == ["budget"])
        #expect(
            Set(try await subjects(4, ["query": "budget", "include_spam_trash": true])) == ["budget", "old budget"])
        #expect(try await subjects(5, ["label_ids": ["STARRED"]]) == ["budget"])
        #expect(try await subjects(6, ["query": "in:spam"]) == ["win a prize"])
        #expect(try await subjects(7, ["query": "from:nobody@nowhere.example"]) == [])
        #expect(await fixture.finish(server) == 0)
    }

    @Test func fullFormatCapsEachBodyAt2000Characters() async throws {
        let fixture = try Fixture()
        let long = String(repeating: "é", count: 5000)
        fixture.fake.deliver(raw: Self.source(subject: "long", body: long + "\r\n"))
        let (server, tools) = try await fixture.session()
        let result = try await server.callTool(id: 2, name: "gmail_fetch_mails", arguments: ["format": "full"])
        #expect(result.schemaViolations(tools["gmail_fetch_mails"]) == [])
        let message = try #require((result.structured?["messages"] as? [[String: Any]])?.first)
        #expect(message["body_text"] as? String == String(repeating: "é", count: 2000))
        #expect(message["body_truncated"] as? Bool == true)
        #expect(message["next_body_offset"] as? Int == 2000)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aLongBodyPagesThroughTheWindowAndReassemblesExactly() async throws {
        let fixture = try Fixture()
        let lines = (0..<3000).map { "Zeile \($0): Grüße, 你好, 🙂" }
        // The source's final line break is content: the pages joined keep it.
        let body = lines.joined(separator: "\n") + "\n"
        let id = fixture.fake.deliver(
            raw: Self.source(subject: "long", body: lines.joined(separator: "\r\n") + "\r\n"))
        let (server, tools) = try await fixture.session()
        var collected = ""
        var offset: Int? = 0
        var calls = 0
        while let start = offset, calls < 20 {
            let result = try await server.callTool(
                id: 100 + calls, name: "gmail_get_message_by_id",
                arguments: ["message_id": id, "max_body_chars": 20000, "body_offset": start])
            #expect(result.schemaViolations(tools["gmail_get_message_by_id"]) == [])
            collected += result.structured?["body_text"] as? String ?? ""
            offset = result.structured?["next_body_offset"] as? Int
            #expect((result.structured?["body_truncated"] as? Bool ?? false) == (offset != nil))
            calls += 1
        }
        #expect(collected == body)
        #expect(calls == body.unicodeScalars.count / 20000 + 1)
        let whole = try await server.callTool(
            id: 99, name: "gmail_get_message_by_id", arguments: ["message_id": id, "max_body_chars": 10_000_000])
        #expect(whole.structured?["body_text"] as? String == collected)
        #expect(whole.structured?["body_truncated"] == nil)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func everySeededAwkwardMessageReadsExactly() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, tools) = try await fixture.session()
        var id = 100
        for seeded in SandboxSeed.seededMessages {
            id += 1
            let result = try await server.callTool(
                id: id, name: "gmail_get_message_by_id", arguments: ["message_id": seeded.id])
            #expect(!result.isError, "\(seeded.key): \(result.text)")
            #expect(result.schemaViolations(tools["gmail_get_message_by_id"]) == [], "\(seeded.key)")
            let message = try #require(result.structured)
            #expect(message["subject"] as? String == seeded.expectedSubject, "\(seeded.key)")
            if let expectedBody = seeded.expectedBodyText {
                #expect(message["body_text"] as? String == expectedBody, "\(seeded.key)")
            }
            let attachments = message["attachments"] as? [[String: Any]] ?? []
            #expect(
                attachments.map { $0["filename"] as? String ?? "" } == seeded.expectedAttachments.map(\.filename),
                "\(seeded.key)")
            for (listed, expected) in zip(attachments, seeded.expectedAttachments) {
                id += 1
                #expect(listed["mime_type"] as? String == expected.mimeType, "\(seeded.key) \(expected.filename)")
                let attachmentID = try #require(listed["attachment_id"] as? String)
                let file = try await server.callTool(
                    id: id, name: "gmail_get_attachment_by_id",
                    arguments: ["message_id": seeded.id, "attachment_id": attachmentID])
                #expect(!file.isError, "\(seeded.key) \(expected.filename): \(file.text)")
                #expect(file.attachmentBytes == expected.bytes, "\(seeded.key) \(expected.filename)")
                #expect(file.structured?["sha256"] as? String == SHA256Hex.of(expected.bytes), "\(seeded.key)")
                #expect(file.structured?["filename"] as? String == expected.filename, "\(seeded.key)")
                #expect(file.structured?["size"] as? Int == expected.bytes.count)
            }
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test func rawFormatGivesTheSourceBytes() async throws {
        let fixture = try Fixture()
        let source = Self.source(subject: "raw", body: "bytes as sent\r\n")
        let id = fixture.fake.deliver(raw: source)
        let (server, tools) = try await fixture.session()
        let result = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": id, "format": "raw"])
        #expect(result.schemaViolations(tools["gmail_get_message_by_id"]) == [])
        #expect(Data(base64Encoded: result.structured?["raw_base64"] as? String ?? "") == source)
        #expect(await fixture.finish(server) == 0)
    }

    static func withAttachment(name: String, type: String, bytes: Data) -> Data {
        let body = [
            "--b1", "Content-Type: text/plain; charset=UTF-8", "", "see attached", "--b1",
            "Content-Type: \(type); name=\"\(name)\"", "Content-Disposition: attachment; filename=\"\(name)\"",
            "Content-Transfer-Encoding: base64", "",
            bytes.base64EncodedString(options: [
                .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
            ]),
            "--b1--", "",
        ].joined(separator: "\r\n")
        return source(subject: "file", contentType: "multipart/mixed; boundary=\"b1\"", body: body)
    }

    @Test func anImageComesBackAsImageContentAndAPDFAsAResource() async throws {
        let fixture = try Fixture()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<3000).map { UInt8($0 % 251) })
        let pdf = Data("%PDF-1.4\n".utf8) + Data((0..<5000).map { UInt8($0 % 256) })
        let imageMessage = fixture.fake.deliver(
            raw: Self.withAttachment(name: "dot.png", type: "image/png", bytes: png))
        let pdfMessage = fixture.fake.deliver(
            raw: Self.withAttachment(name: "r.pdf", type: "application/pdf", bytes: pdf))
        let (server, tools) = try await fixture.session()
        for (index, (messageID, bytes, kind)) in [(imageMessage, png, "image"), (pdfMessage, pdf, "resource")]
            .enumerated()
        {
            let message = try await server.callTool(
                id: 10 + index, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
            let attachmentID = try #require(
                (message.structured?["attachments"] as? [[String: Any]])?.first?["attachment_id"] as? String)
            let file = try await server.callTool(
                id: 20 + index, name: "gmail_get_attachment_by_id",
                arguments: ["message_id": messageID, "attachment_id": attachmentID])
            #expect(file.schemaViolations(tools["gmail_get_attachment_by_id"]) == [])
            #expect(file.content.count == 2)
            let extra = file.content[1]
            #expect(extra["type"] as? String == kind)
            if kind == "image" {
                #expect(Data(base64Encoded: extra["data"] as? String ?? "") == bytes)
                #expect(extra["mimeType"] as? String == "image/png")
            } else {
                let resource = extra["resource"] as? [String: Any]
                #expect(Data(base64Encoded: resource?["blob"] as? String ?? "") == bytes)
                #expect(resource?["mimeType"] as? String == "application/pdf")
            }
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anAttachmentOverTheInlineCapNamesBothVariablesAndSaveWritesIt() async throws {
        let fixture = try Fixture()
        let bytes = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let messageID = fixture.fake.deliver(
            raw: Self.withAttachment(name: "../../etc/big.bin", type: "application/octet-stream", bytes: bytes))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let (capped, _) = try await fixture.session(environment: ["GMAIL_MCP_MAX_INLINE_BYTES": "10000"])
        let message = try await capped.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        let attachmentID = try #require(
            (message.structured?["attachments"] as? [[String: Any]])?.first?["attachment_id"] as? String)
        let refused = try await capped.callTool(
            id: 3, name: "gmail_get_attachment_by_id",
            arguments: ["message_id": messageID, "attachment_id": attachmentID])
        #expect(refused.text.hasPrefix("invalid_argument: "))
        #expect(refused.text.contains("GMAIL_MCP_MAX_INLINE_BYTES") && refused.text.contains("GMAIL_MCP_DOWNLOAD_DIR"))
        let noFolder = try await capped.callTool(
            id: 4, name: "gmail_get_attachment_by_id",
            arguments: ["message_id": messageID, "attachment_id": attachmentID, "save": true])
        #expect(noFolder.text.hasPrefix("invalid_argument: "))
        #expect(await fixture.finish(capped) == 0)

        let (saving, _) = try await fixture.session(
            environment: ["GMAIL_MCP_MAX_INLINE_BYTES": "10000", "GMAIL_MCP_DOWNLOAD_DIR": folder.path])
        for id in [5, 6] {
            let saved = try await saving.callTool(
                id: id, name: "gmail_get_attachment_by_id",
                arguments: ["message_id": messageID, "attachment_id": attachmentID, "save": true])
            #expect(!saved.isError, "\(saved.text)")
            let path = try #require(saved.structured?["saved_path"] as? String)
            let expectedName = id == 5 ? "big.bin" : "big (1).bin"  // the second save must not overwrite
            #expect(path == folder.appendingPathComponent(expectedName).path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
            #expect(saved.content.count == 1, "a saved attachment has no bytes item")
            #expect(saved.structured?["sha256"] as? String == SHA256Hex.of(bytes))
        }
        // The second save did not overwrite the first.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["big (1).bin", "big.bin"])
        #expect(await fixture.finish(saving) == 0)
    }

    @Test func aTwentyFiveMegabyteAttachmentArrivesIntactWithBoundedMemory() async throws {
        let fixture = try Fixture()
        let bytes = Data((0..<(25 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        let messageID = fixture.fake.deliver(
            raw: Self.withAttachment(name: "big.bin", type: "application/octet-stream", bytes: bytes))
        let (server, _) = try await fixture.session(environment: ["GMAIL_MCP_MAX_INLINE_BYTES": String(30 << 20)])
        let message = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        let attachmentID = try #require(
            (message.structured?["attachments"] as? [[String: Any]])?.first?["attachment_id"] as? String)
        let file = try await server.callTool(
            id: 3, name: "gmail_get_attachment_by_id",
            arguments: ["message_id": messageID, "attachment_id": attachmentID, "file_name": "big.bin"],
            timeout: .seconds(120))
        #expect(file.attachmentBytes == bytes)
        let peak = try #require(server.peakResidentBytes())
        // The answer holds the bytes once as base64 (the resource blob), plus the encoder's
        // buffer and the fetched JSON. A bound of 20x catches anything quadratic.
        #expect(peak < (25 << 20) * 20, "peak RSS \(peak >> 20) MiB")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func unknownAndImpossibleIDsAreNotFound() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let unknown = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": "18c9a1b2c3d4e5f6"])
        #expect(unknown.text.hasPrefix("not_found: "), "\(unknown.text)")
        let before = fixture.fake.httpRequests
        let impossible = try await server.callTool(
            id: 3, name: "gmail_get_message_by_id", arguments: ["message_id": "../labels"])
        #expect(impossible.text.hasPrefix("not_found: "))
        let badAttachment = try await server.callTool(
            id: 4, name: "gmail_get_attachment_by_id", arguments: ["message_id": "zz", "attachment_id": "x"])
        #expect(badAttachment.text.hasPrefix("not_found: "))
        #expect(fixture.fake.httpRequests == before)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aTokenWithoutTheReadScopeIsInsufficientScopeNamingIt() async throws {
        let fixture = try Fixture(scopes: ["https://www.googleapis.com/auth/gmail.send"])
        let (server, _) = try await fixture.session()
        for (id, name, arguments) in [
            (2, "gmail_fetch_mails", [:] as [String: Any]),
            (3, "gmail_get_message_by_id", ["message_id": "18c9a1b2c3d4e5f6"]),
        ] {
            let result = try await server.callTool(id: id, name: name, arguments: arguments)
            #expect(result.text.hasPrefix("insufficient_scope: "), "\(name): \(result.text)")
            #expect(result.text.contains("https://www.googleapis.com/auth/gmail.readonly"))
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test(arguments: [
        ("gmail_fetch_mails", #"{"max_results": 0}"#), ("gmail_fetch_mails", #"{"max_results": 501}"#),
        ("gmail_fetch_mails", #"{"max_results": "20"}"#), ("gmail_fetch_mails", #"{"format": "everything"}"#),
        ("gmail_fetch_mails", #"{"label_ids": "INBOX"}"#), ("gmail_fetch_mails", #"{"max_result": 5}"#),
        ("gmail_fetch_mails", #"{"include_spam_trash": "yes"}"#), ("gmail_get_message_by_id", #"{}"#),
        ("gmail_get_message_by_id", #"{"message_id": 42}"#),
        ("gmail_get_message_by_id", #"{"message_id": "18c9a1b2c3d4e5f6", "max_body_chars": 0}"#),
        ("gmail_get_attachment_by_id", #"{"message_id": "18c9a1b2c3d4e5f6"}"#),
    ])
    func badArgumentsAreInvalidArgumentAndNothingIsSent(tool: String, argumentsJSON: String) async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let arguments = try JSONSerialization.jsonObject(with: Data(argumentsJSON.utf8)) as? [String: Any] ?? [:]
        let result = try await server.callTool(id: 2, name: tool, arguments: arguments)
        #expect(result.text.hasPrefix("invalid_argument: "), "\(argumentsJSON): \(result.text)")
        #expect(fixture.fake.httpRequests == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anExpiredAccessTokenIsRefreshedOnceAndTheCallSucceeds() async throws {
        let fixture = try Fixture()
        fixture.fake.deliver(raw: Self.source(subject: "hi", body: "x\r\n"))
        let (server, _) = try await fixture.session()
        #expect(!(try await server.callTool(id: 2, name: "gmail_fetch_mails")).isError)
        fixture.fake.expireAccessTokens()
        let again = try await server.callTool(id: 3, name: "gmail_fetch_mails")
        #expect(!again.isError, "\(again.text)")
        #expect(fixture.fake.grantsIssued == 2)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func rateLimitingIsRetriedThenReported() async throws {
        let fixture = try Fixture()
        fixture.fake.deliver(raw: Self.source(subject: "hi", body: "x\r\n"))
        let (server, _) = try await fixture.session()
        fixture.fake.failNext(1, status: 429, retryAfter: "1")
        let retried = try await server.callTool(id: 2, name: "gmail_fetch_mails", arguments: ["format": "minimal"])
        #expect(!retried.isError, "\(retried.text)")
        fixture.fake.failNext(100, status: 429, retryAfter: "1")
        let limited = try await server.callTool(
            id: 3, name: "gmail_fetch_mails", arguments: ["format": "minimal"], timeout: .seconds(60))
        #expect(limited.text.hasPrefix("rate_limited: "), "\(limited.text)")
        #expect(await fixture.finish(server) == 0)
    }
}
