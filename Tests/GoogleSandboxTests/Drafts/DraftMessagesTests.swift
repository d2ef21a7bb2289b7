import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail draft messages through messages.get, batch and messages.list")
struct DraftMessagesTests {
    @Test func draftMessagesAreReadLikeAnyOther() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let unicode = try #require(SandboxSeed.seededDrafts.first { $0.key == "draft-unicode-subject" })
        let message = try await client.message(unicode.messageId, "?format=metadata&metadataHeaders=Subject")
        #expect(message["labelIds"] as? [String] == ["DRAFT"])
        #expect(message["threadId"] as? String == unicode.threadId)
        let payload = try #require(message["payload"] as? [String: Any])
        let subject = try #require(GmailJSON.header(payload, "Subject"))
        #expect(subject == "=?UTF-8?B?QnJvdWlsbG9uIDogcsOpdW5pb24gw6AgWsO8cmljaCDimJU=?=")
        #expect(SandboxSeed.seededMessage(unicode.key)?.expectedSubject == "Brouillon : réunion à Zürich ☕")

        let withFile = try #require(SandboxSeed.seededDrafts.first { $0.key == "draft-attachment" })
        let full = try await client.message(withFile.messageId)
        let parts = GmailJSON.flattened(try #require(full["payload"] as? [String: Any]))
        let file = try #require(parts.first { $0["filename"] as? String == "packing-list.txt" })
        let attachmentId = try #require((file["body"] as? [String: Any])?["attachmentId"] as? String)
        let attachment = try await client.json(
            "/gmail/v1/users/me/messages/\(withFile.messageId)/attachments/\(attachmentId)")
        #expect(
            GmailJSON.base64URL(attachment["data"] as? String ?? "")
                == SandboxSeed.seededMessage("draft-attachment")?.expectedAttachments.first?.bytes)
    }

    @Test func batchFetchesDraftSummaries() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let listed = try await client.json("/gmail/v1/users/me/drafts")
        let ids = (listed["drafts"] as? [[String: Any]] ?? []).compactMap {
            ($0["message"] as? [String: Any])?["id"] as? String
        }
        #expect(ids.count == 4)
        let boundary = "batch_drafts"
        let body = batchBody(
            boundary: boundary,
            ids.enumerated().map { index, id in
                ("d\(index)", "/gmail/v1/users/me/messages/\(id)?format=metadata&metadataHeaders=Subject", [])
            } + [("list", "/gmail/v1/users/me/drafts?maxResults=1", [])])
        let response = try await client.postBatch(body: body, boundary: boundary)
        let parts = try BatchResponseReader.parts(of: response)
        #expect(parts.map(\.status) == [200, 200, 200, 200, 200])
        #expect(try parts.prefix(4).map { try $0.jsonObject()["id"] as? String } == ids)
        #expect(((try parts[4].jsonObject())["drafts"] as? [Any])?.count == 1)
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}") == 4)
        #expect(fake.requests("GET /gmail/v1/users/me/drafts") == 2)
    }

    /// Gmail's messages.list shows drafts like other mail (the seeded `draft-ideas` always was
    /// listed); `-in:drafts` leaves them out.
    @Test func messagesListShowsDraftsUnlessExcluded() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let draftMessages = Set(SandboxSeed.seededDrafts.map(\.messageId))
        let everything = Set(try await client.listIDs())
        #expect(draftMessages.isSubset(of: everything))
        let withoutDrafts = Set(try await client.search("-in:drafts"))
        #expect(withoutDrafts == everything.subtracting(draftMessages))
        #expect(Set(try await client.listIDs("labelIds=DRAFT")) == draftMessages)
    }

    @Test func savedDraftsJoinThreadsAndAreListed() async throws {
        let fake = try FakeGoogle()
        let thread = SandboxSeed.id("lunch-question")
        let raw = Data(
            "From: sandbox.user@example.com\r\nTo: carol@example.com\r\nSubject: Re: Lunch on Friday?\r\n\r\nSee you there\r\n"
                .utf8)
        let saved = fake.saveDraft(raw: raw, threadId: thread)
        #expect(saved.draftId.hasPrefix("r") && saved.draftId.dropFirst().allSatisfy { $0.isNumber })
        #expect(fake.labels(ofMessage: saved.messageId) == ["DRAFT"])
        #expect(fake.rawMessage(id: saved.messageId) == raw)
        #expect(fake.draftIDs().first == saved.draftId)
        let client = try await GmailTestClient.connect(to: fake)
        let first = try #require(
            (try await client.json("/gmail/v1/users/me/drafts")["drafts"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == saved.draftId)
        #expect(first["message"] as? [String: String] == ["id": saved.messageId, "threadId": thread])
    }
}
