import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail threads.get")
struct ThreadsGetTests {
    private let threadKey = "GET /gmail/v1/users/me/threads/{id}"

    @Test func aThreadListsItsMessagesOldestFirstAsMessagesGetRendersThem() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let threadId = SandboxSeed.id("plain-ascii")
        let thread = try await client.json("/gmail/v1/users/me/threads/\(threadId)")
        #expect(Set(thread.keys) == ["id", "historyId", "messages"])
        #expect(thread["id"] as? String == threadId)
        let messages = try #require(thread["messages"] as? [[String: Any]])
        #expect(messages.compactMap { $0["id"] as? String } == [threadId, SandboxSeed.id("reply-sent")])
        let historyIds = messages.compactMap { ($0["historyId"] as? String).flatMap(UInt64.init) }
        #expect(UInt64(try #require(thread["historyId"] as? String)) == historyIds.max())
        let full = try #require(messages.first?["payload"] as? [String: Any])
        #expect(full["mimeType"] as? String == "text/plain")
        #expect((full["body"] as? [String: Any])?["data"] != nil)

        for format in ["minimal", "metadata"] {
            let query = "?format=\(format)&metadataHeaders=Subject&metadataHeaders=message-id"
            let threadJSON = try await client.json("/gmail/v1/users/me/threads/\(threadId)\(query)")
            let rendered = try #require(threadJSON["messages"] as? [[String: Any]])
            for message in rendered {
                let alone = try await client.message(try #require(message["id"] as? String), query)
                #expect(NSDictionary(dictionary: message).isEqual(to: alone), "\(format)")
            }
        }
    }

    @Test func sentRepliesShowUpInTheirThread() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let threadId = SandboxSeed.id("plain-ascii")
        let reply = outgoingMessage(
            to: "alice@example.com", subject: "Re: Quarterly report ready",
            extraHeaders: ["In-Reply-To: <CAsandbox-reply-1@mail.gmail.com>"])
        let sent = try #require(try await client.sendJSON(reply, threadId: threadId).jsonObject()["id"] as? String)
        let thread = try await client.json("/gmail/v1/users/me/threads/\(threadId)?format=minimal")
        let ids = (thread["messages"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.last == sent)
        #expect(ids?.count == 3)
    }

    @Test func errorsAndCounting() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let threadId = SandboxSeed.id("plain-ascii")
        let raw = try await client.get("/gmail/v1/users/me/threads/\(threadId)?format=raw")
        #expect(raw.status == 400)
        #expect(try GmailJSON.error(raw)["status"] as? String == "INVALID_ARGUMENT")
        let unknown = try await client.get("/gmail/v1/users/me/threads/18c9a1b2c3d4e5f6")
        #expect(unknown.status == 404)
        #expect(try GmailJSON.error(unknown)["message"] as? String == "Requested entity was not found.")
        let invalid = try await client.get("/gmail/v1/users/me/threads/not-hex")
        #expect(invalid.status == 400)
        #expect(try GmailJSON.error(invalid)["message"] as? String == "Invalid id value")

        let sendOnly = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        #expect(try await sendOnly.get("/gmail/v1/users/me/threads/\(threadId)").status == 403)
        let metadata = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.metadata])
        #expect(try await metadata.get("/gmail/v1/users/me/threads/\(threadId)").status == 403)
        #expect(try await metadata.get("/gmail/v1/users/me/threads/\(threadId)?format=metadata").status == 200)
        #expect(
            try await GmailTestClient(fake: fake, token: nil).get("/gmail/v1/users/me/threads/\(threadId)").status
                == 401)
        #expect(fake.requests(threadKey) == 7)
    }
}
