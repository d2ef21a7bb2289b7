import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail labels.list and request counters")
struct LabelsAndCountersTests {
    @Test func labelsListHasSystemAndUserLabels() async throws {
        let fake = try FakeGoogle()
        for scope in [GmailScope.labels, GmailScope.metadata, GmailScope.readonly] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            let json = try await client.json("/gmail/v1/users/me/labels")
            let labels = try #require(json["labels"] as? [[String: String]])
            #expect(labels.count == 17)
            #expect(labels.contains(["id": "INBOX", "name": "INBOX", "type": "system"]))
            #expect(
                labels.contains([
                    "id": "Label_1", "name": "Work", "messageListVisibility": "show",
                    "labelListVisibility": "labelShow",
                    "type": "user",
                ]))
            #expect(labels.contains { $0["id"] == "Label_3" && $0["name"] == "Travel/Bookings" })
            #expect(labels.allSatisfy { $0["messagesTotal"] == nil })
        }
        let sendOnly = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        #expect(try await sendOnly.get("/gmail/v1/users/me/labels").status == 403)
    }

    @Test func gmailRoutesCountUnderNormalizedKeys() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let start = fake.httpRequests  // the token grant
        let id = SandboxSeed.id("invoice-pdf")
        _ = try await client.get("/gmail/v1/users/me/messages?q=invoice")
        _ = try await client.get("/gmail/v1/users/sandbox.user@example.com/messages")
        _ = try await client.get("/gmail/v1/users/me/messages/\(id)")
        _ = try await client.get("/gmail/v1/users/me/messages/\(SandboxSeed.id("koi8-r"))?format=raw")
        _ = try await client.get("/gmail/v1/users/me/messages/bad-id")
        _ = try await client.get("/gmail/v1/users/me/messages/\(id)/attachments/ANGjdJx")
        _ = try await client.get("/gmail/v1/users/me/labels")
        _ = try await GmailTestClient(fake: fake, token: nil).get("/gmail/v1/users/me/messages")
        _ = try await client.get("/gmail/v1/users/me/profile")
        #expect(fake.requests("GET /gmail/v1/users/me/messages") == 3)
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}") == 3)
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}/attachments/{id}") == 1)
        #expect(fake.requests("GET /gmail/v1/users/me/labels") == 1)
        #expect(fake.requests("GET /gmail/v1/users/me/profile") == 1)  // unserved paths keep their own key
        #expect(fake.requests("GET /gmail/v1/users/me/messages/\(id)") == 0)
        #expect(fake.httpRequests == start + 9)
        #expect(fake.requests("POST /token") == 1)
    }

    @Test func injectedFailuresUseTheApiShapeOnGmailRoutes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        fake.failNext(1, status: 429, retryAfter: "5")
        let limited = try await client.get("/gmail/v1/users/me/messages")
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "5")
        #expect(try GmailJSON.error(limited)["status"] as? String == "RESOURCE_EXHAUSTED")
        #expect(try await client.get("/gmail/v1/users/me/messages").status == 200)
        #expect(fake.requests("GET /gmail/v1/users/me/messages") == 2)
    }
}
