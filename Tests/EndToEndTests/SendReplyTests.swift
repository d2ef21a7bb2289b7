import Foundation
import GoogleSandbox
import MCP
import Testing

/// Replies through gmail_send: the fake files a message into a thread only as Gmail does (the
/// thread id, References naming one of its messages, and a matching subject), so a reply with
/// wrong headers shows up here as a new thread.
@Suite struct SendReplyTests {
    /// A two-message thread: a root and the parent to answer, which refers to the root.
    struct Thread {
        let threadID: String
        let rootID: String
        let parentID: String
    }

    static func thread(in fake: FakeGoogle) -> Thread {
        let start = Date().addingTimeInterval(-7200)
        let root = fake.deliver(
            raw: ReadingToolsTests.source(
                subject: "Budget 2027", headers: [], body: "Root\r\n"
            ).replacingMessageID(with: "<root-1@example.com>"),
            labelIds: ["INBOX"], internalDate: start)
        let parent = fake.deliver(
            raw: ReadingToolsTests.source(
                subject: "Re: Budget 2027",
                headers: ["In-Reply-To: <root-1@example.com>", "References: <root-1@example.com>"], body: "Parent\r\n"
            ).replacingMessageID(with: "<parent-1@example.com>"),
            labelIds: ["INBOX", "UNREAD"], internalDate: start.addingTimeInterval(600), threadId: root)
        return Thread(threadID: root, rootID: root, parentID: parent)
    }

    private func headers(_ message: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for header in message["headers"] as? [[String: Any]] ?? [] {
            if let name = header["name"] as? String, let value = header["value"] as? String {
                result[name.lowercased()] = value
            }
        }
        return result
    }

    private func sendAndRead(
        _ server: ServerProcess, id: Int, _ arguments: [String: Any]
    ) async throws -> (result: [String: Any], message: [String: Any]) {
        let sent = try await server.callTool(id: id, name: "gmail_send", arguments: arguments)
        #expect(!sent.isError, "\(sent.text)")
        let result = try #require(sent.structured)
        let messageID = try #require(result["id"] as? String)
        let read = try await server.callTool(
            id: id + 1, name: "gmail_get_message_by_id", arguments: ["message_id": messageID, "format": "metadata"])
        return (result, try #require(read.structured))
    }

    @Test func replyToAMessageJoinsItsThreadWithTheWholeChain() async throws {
        let fixture = try Fixture()
        let thread = Self.thread(in: fixture.fake)
        let (server, _) = try await fixture.session()
        let (result, message) = try await sendAndRead(
            server, id: 2, ["to": "ann@example.com", "reply_to_message_id": thread.parentID, "body": "Agreed."])
        #expect(result["thread_id"] as? String == thread.threadID)
        #expect(result["warning"] == nil)
        let headers = headers(message)
        #expect(headers["subject"] == "Re: Budget 2027")
        #expect(headers["in-reply-to"] == "<parent-1@example.com>")
        #expect(message["references"] as? [String] == ["<root-1@example.com>", "<parent-1@example.com>"])
        #expect(await fixture.finish(server) == 0)
    }

    @Test func threadIDWithInReplyToThreadsAndExtendsTheChain() async throws {
        let fixture = try Fixture()
        let thread = Self.thread(in: fixture.fake)
        let (server, _) = try await fixture.session()
        let (result, message) = try await sendAndRead(
            server, id: 2,
            [
                "to": "ann@example.com", "thread_id": thread.threadID, "in_reply_to": "side-note@example.com",
                "subject": "Re: Budget 2027", "body": "Noted.",
            ])
        #expect(result["thread_id"] as? String == thread.threadID)
        #expect(headers(message)["in-reply-to"] == "<side-note@example.com>")
        #expect(
            message["references"] as? [String] == [
                "<root-1@example.com>", "<parent-1@example.com>", "<side-note@example.com>",
            ])
        #expect(fixture.fake.requests("GET /gmail/v1/users/me/threads/{id}") == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func threadIDAloneAnswersTheLatestMessage() async throws {
        let fixture = try Fixture()
        let thread = Self.thread(in: fixture.fake)
        let (server, _) = try await fixture.session()
        let (result, message) = try await sendAndRead(
            server, id: 2, ["to": "ann@example.com", "thread_id": thread.threadID, "body": "Following up."])
        #expect(result["thread_id"] as? String == thread.threadID)
        #expect(headers(message)["subject"] == "Re: Budget 2027")
        #expect(headers(message)["in-reply-to"] == "<parent-1@example.com>")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aSubjectThatBreaksTheThreadIsReportedNotHidden() async throws {
        let fixture = try Fixture()
        let thread = Self.thread(in: fixture.fake)
        let (server, _) = try await fixture.session()
        let sent = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: [
                "to": "ann@example.com", "thread_id": thread.threadID, "subject": "Something else", "body": "x",
            ])
        #expect(!sent.isError, "\(sent.text)")
        #expect(sent.structured?["thread_id"] as? String != thread.threadID)
        #expect((sent.structured?["warning"] as? String)?.contains("new thread") == true)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func conflictingThreadAndMessageAreRefused() async throws {
        let fixture = try Fixture()
        let thread = Self.thread(in: fixture.fake)
        let other = fixture.fake.deliver(raw: ReadingToolsTests.source(subject: "Other", body: "x\r\n"))
        let (server, _) = try await fixture.session()
        let result = try await server.callTool(
            id: 2, name: "gmail_send",
            arguments: ["to": "a@example.com", "reply_to_message_id": thread.parentID, "thread_id": other, "body": "x"])
        #expect(result.text.hasPrefix("invalid_argument: "), "\(result.text)")
        #expect(fixture.fake.sentMessageIDs.isEmpty)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func scopesAreNamed() async throws {
        // gmail.send alone: sending works, reading the message to answer does not.
        let sendOnly = try Fixture(scopes: ["https://www.googleapis.com/auth/gmail.send"])
        let thread = Self.thread(in: sendOnly.fake)
        let (server, _) = try await sendOnly.session()
        let plain = try await server.callTool(
            id: 2, name: "gmail_send", arguments: ["to": "a@example.com", "subject": "s", "body": "b"])
        #expect(!plain.isError, "\(plain.text)")
        let reply = try await server.callTool(
            id: 3, name: "gmail_send",
            arguments: ["to": "a@example.com", "reply_to_message_id": thread.parentID, "body": "b"])
        #expect(reply.text.hasPrefix("insufficient_scope: "), "\(reply.text)")
        #expect(reply.text.contains("https://www.googleapis.com/auth/gmail.readonly"))
        #expect(await sendOnly.finish(server) == 0)

        // gmail.readonly alone: sending is refused by Gmail and the missing scope named.
        let readOnly = try Fixture(scopes: ["https://www.googleapis.com/auth/gmail.readonly"])
        let (reader, _) = try await readOnly.session()
        let refused = try await reader.callTool(
            id: 2, name: "gmail_send", arguments: ["to": "a@example.com", "subject": "s", "body": "b"])
        #expect(refused.text.hasPrefix("insufficient_scope: "), "\(refused.text)")
        #expect(refused.text.contains("https://www.googleapis.com/auth/gmail.send"))
        #expect(readOnly.fake.sentMessageIDs.isEmpty)
        #expect(await readOnly.finish(reader) == 0)
    }

    @Test func aTransient503IsRetriedAndSendsOnce() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        // The token grant comes first: fail only the send.
        _ = try await server.callTool(id: 2, name: "gmail_refresh_token")
        fixture.fake.failNext(1, status: 503, retryAfter: "0")
        let result = try await server.callTool(
            id: 3, name: "gmail_send", arguments: ["to": "a@example.com", "subject": "s", "body": "b"])
        #expect(!result.isError, "\(result.text)")
        #expect(fixture.fake.requests(SendToolTests.sendRoute) == 2)
        #expect(fixture.fake.sentMessageIDs.count == 1)
        #expect(await fixture.finish(server) == 0)
    }
}

extension Data {
    /// The test sources carry a random Message-ID; threads need known ones.
    fileprivate func replacingMessageID(with id: String) -> Data {
        let text = String(decoding: self, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").map { $0.hasPrefix("Message-ID: ") ? "Message-ID: \(id)" : $0 }
        return Data(lines.joined(separator: "\r\n").utf8)
    }
}
