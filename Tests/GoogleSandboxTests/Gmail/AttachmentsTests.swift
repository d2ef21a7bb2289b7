import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.attachments.get")
struct AttachmentsTests {
    private func attachmentID(_ client: GmailTestClient, _ messageID: String, partId: String) async throws -> String {
        let payload = try #require(try await client.message(messageID)["payload"] as? [String: Any])
        let body = try #require(GmailJSON.part(payload, id: partId)?["body"] as? [String: Any])
        return try #require(body["attachmentId"] as? String)
    }

    @Test func everySeededAttachmentComesBackByteForByte() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        var checked = 0
        // The nameless attachment has filename "" on the wire and its bytes inline; the reader's
        // made-up name is checked end to end in ReadingToolsTests.
        for message in SandboxSeed.seededMessages
        where !message.expectedAttachments.isEmpty && message.key != "attachment-without-name" {
            let payload = try #require(try await client.message(message.id)["payload"] as? [String: Any])
            let named = GmailJSON.flattened(payload).filter { !($0["filename"] as! String).isEmpty }
            #expect(
                named.map { $0["filename"] as! String } == message.expectedAttachments.map(\.filename), "\(message.key)"
            )
            #expect(
                named.map { $0["mimeType"] as! String } == message.expectedAttachments.map(\.mimeType), "\(message.key)"
            )
            for (part, expected) in zip(named, message.expectedAttachments) {
                let body = try #require(part["body"] as? [String: Any])
                #expect(body["size"] as? Int == expected.bytes.count)
                let id = try #require(body["attachmentId"] as? String)
                let response = try await client.get("/gmail/v1/users/me/messages/\(message.id)/attachments/\(id)")
                #expect(response.status == 200)
                let json = try response.jsonObject()
                #expect(Set(json.keys) == ["size", "data"])
                #expect(json["size"] as? Int == expected.bytes.count)
                let data = try #require(json["data"] as? String)
                #expect(!data.contains("=") && !data.contains("+") && !data.contains("/"))
                #expect(GmailJSON.base64URL(data) == expected.bytes, "\(message.key) \(expected.filename)")
                checked += 1
            }
        }
        #expect(checked == 12)
    }

    @Test func attachmentIdsChangeOnEveryFetchAndOldOnesKeepWorking() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let messageID = SandboxSeed.id("invoice-pdf")
        let first = try await attachmentID(client, messageID, partId: "1")
        let second = try await attachmentID(client, messageID, partId: "1")
        #expect(first != second)
        #expect(first.hasPrefix("ANGjdJ") && first.count > 200)
        #expect(first.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        let expected = try #require(SandboxSeed.seededMessage("invoice-pdf")?.expectedAttachments.first?.bytes)
        for id in [first, second] {
            let json = try await client.json("/gmail/v1/users/me/messages/\(messageID)/attachments/\(id)")
            #expect(GmailJSON.base64URL(json["data"] as! String) == expected)
        }
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}/attachments/{id}") == 2)
    }

    @Test func forwardedMessageAttachmentIsTheEmbeddedMessage() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let messageID = SandboxSeed.id("forwarded-message")
        let id = try await attachmentID(client, messageID, partId: "1")
        let json = try await client.json("/gmail/v1/users/me/messages/\(messageID)/attachments/\(id)")
        let bytes = try #require(GmailJSON.base64URL(json["data"] as! String))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("From: Dave <dave@example.net>\r\n"))
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("--inner-alt--\r\n"))
    }

    @Test func unknownAttachmentsAndMessagesAreRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let messageID = SandboxSeed.id("invoice-pdf")
        let valid = try await attachmentID(client, messageID, partId: "1")

        let unknown = try await client.get("/gmail/v1/users/me/messages/\(messageID)/attachments/ANGjdJunknown")
        #expect(unknown.status == 404)
        #expect(try GmailJSON.error(unknown)["message"] as? String == "Requested entity was not found.")
        // An id issued for another message does not open this one.
        let other = SandboxSeed.id("chart-png")
        #expect(try await client.get("/gmail/v1/users/me/messages/\(other)/attachments/\(valid)").status == 404)
        let invalid = try await client.get("/gmail/v1/users/me/messages/nothex/attachments/\(valid)")
        #expect(invalid.status == 400)
        #expect(try GmailJSON.error(invalid)["message"] as? String == "Invalid id value")
        fake.deleteMessage(id: messageID)
        #expect(try await client.get("/gmail/v1/users/me/messages/\(messageID)/attachments/\(valid)").status == 404)
    }
}
