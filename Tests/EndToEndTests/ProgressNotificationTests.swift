import Foundation
import GoogleSandbox
import MCP
import Testing

/// `notifications/progress` (docs/protocol.md, Progress) for calls that move more than 1 MiB, when the
/// request carries a `progressToken`: rising `progress`, ending at `total`, all before the answer.
@Suite struct ProgressNotificationTests {
    /// The progress notifications for `token`, and where each sits among stdout's lines.
    static func progress(_ server: ServerProcess, token: Any) -> [(line: Int, progress: Int, total: Int?)] {
        server.responses().enumerated().compactMap { index, message in
            guard message["method"] as? String == "notifications/progress",
                let params = message["params"] as? [String: Any],
                ServerProcess.sameID(params["progressToken"], token)
            else { return nil }
            return (index, params["progress"] as? Int ?? -1, params["total"] as? Int)
        }
    }

    static func answerLine(_ server: ServerProcess, id: Int) -> Int? {
        server.responses().firstIndex { ServerProcess.sameID($0["id"], id) }
    }

    static func checkRising(_ reports: [(line: Int, progress: Int, total: Int?)], endingAt total: Int?) {
        #expect(!reports.isEmpty, "no progress was reported")
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.progress < $1.progress }, "progress must rise")
        if let total {
            #expect(reports.last?.progress == total)
            #expect(reports.allSatisfy { $0.total == total })
        }
    }

    @Test func aTenMebibyteSendReportsRisingProgressEndingAtTheTotal() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let file = Data((0..<(10 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 3) })
        server.request(
            id: 5, method: "tools/call",
            params: [
                "name": "gmail_send", "_meta": ["progressToken": "send-1"],
                "arguments": [
                    "to": ["bob@example.org"], "subject": "big file", "body": "attached",
                    "attachments": [["filename": "big.bin", "content_base64": file.base64EncodedString()]],
                ],
            ])
        let answer = try await server.response(id: 5, timeout: .seconds(120))
        let result = try #require(answer["result"] as? [String: Any])
        #expect(result["isError"] as? Bool != true, "\(result)")
        let reports = Self.progress(server, token: "send-1")
        let total = try #require(reports.last?.total)
        #expect(total > 10 << 20, "the upload is the composed message, larger than the file")
        Self.checkRising(reports, endingAt: total)
        let answerLine = try #require(Self.answerLine(server, id: 5))
        #expect(reports.allSatisfy { $0.line < answerLine }, "no progress after the answer")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aLargeAttachmentDownloadReportsProgressAndSmallOrUnaskedCallsDoNot() async throws {
        let fixture = try Fixture()
        let bytes = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let messageID = fixture.fake.deliver(
            raw: ReadingToolsTests.withAttachment(name: "big.bin", type: "application/octet-stream", bytes: bytes))
        let (server, _) = try await fixture.session()
        let message = try await server.callTool(
            id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": messageID])
        let attachmentID = try #require(
            (message.structured?["attachments"] as? [[String: Any]])?.first?["attachment_id"] as? String)

        let arguments: [String: Any] = ["message_id": messageID, "attachment_id": attachmentID]
        server.request(
            id: 3, method: "tools/call",
            params: ["name": "gmail_get_attachment_by_id", "arguments": arguments, "_meta": ["progressToken": 77]])
        _ = try await server.response(id: 3, timeout: .seconds(60))
        let reports = Self.progress(server, token: 77)
        Self.checkRising(reports, endingAt: reports.last?.total)
        #expect((reports.last?.total ?? 0) > 3 << 20, "the download is the JSON answer, base64 inside")
        let answerLine = try #require(Self.answerLine(server, id: 3))
        #expect(reports.allSatisfy { $0.line < answerLine })

        // The same download without a token, and a small call with one: no progress at all.
        _ = try await server.callTool(id: 4, name: "gmail_get_attachment_by_id", arguments: arguments)
        server.request(
            id: 6, method: "tools/call",
            params: [
                "name": "gmail_get_message_by_id", "arguments": ["message_id": messageID],
                "_meta": ["progressToken": "small"],
            ])
        _ = try await server.response(id: 6)
        #expect(Self.progress(server, token: "small").isEmpty)
        let all = server.responses().filter { $0["method"] as? String == "notifications/progress" }
        #expect(all.count == reports.count, "only the call that asked reported progress")
        #expect(await fixture.finish(server) == 0)
    }
}
