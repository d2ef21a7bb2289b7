import Foundation
@testable import GoogleSandbox
import Testing

/// Attachment ids name their part themselves, so an id from one seeded fake opens the part in
/// another one (as `gmail-mcp sandbox` must across processes for sessionless MCP clients), and
/// anything that is not such an id, for this message and an existing part, is Gmail's 404.
@Suite("Gmail attachment ids across fake instances")
struct AttachmentIdsAcrossInstancesTests {
    private func attachmentID(_ client: GmailTestClient, _ messageID: String, partId: String) async throws -> String {
        let payload = try #require(try await client.message(messageID)["payload"] as? [String: Any])
        let body = try #require(GmailJSON.part(payload, id: partId)?["body"] as? [String: Any])
        return try #require(body["attachmentId"] as? String)
    }

    private func attachment(_ client: GmailTestClient, _ messageID: String, _ id: String) async throws -> Data? {
        let json = try await client.json("/gmail/v1/users/me/messages/\(messageID)/attachments/\(id)")
        return (json["data"] as? String).flatMap(GmailJSON.base64URL)
    }

    private func expectNotFound(
        _ client: GmailTestClient, _ messageID: String, _ id: String, _ comment: Comment,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let response = try await client.get("/gmail/v1/users/me/messages/\(messageID)/attachments/\(id)")
        #expect(response.status == 404, comment, sourceLocation: sourceLocation)
        #expect(
            try GmailJSON.error(response)["message"] as? String == "Requested entity was not found.", comment,
            sourceLocation: sourceLocation)
    }

    @Test func everyAttachmentIdOfOneInstanceOpensInAnother() async throws {
        let first = try FakeGoogle(seedSandboxAccount: true)
        let firstClient = try await GmailTestClient.connect(to: first)
        var issued: [(messageID: String, id: String, bytes: Data)] = []
        for message in SandboxSeed.seededMessages
        where !message.expectedAttachments.isEmpty && message.key != "attachment-without-name" {
            let payload = try #require(try await firstClient.message(message.id)["payload"] as? [String: Any])
            let named = GmailJSON.flattened(payload).filter { !($0["filename"] as! String).isEmpty }
            for (part, expected) in zip(named, message.expectedAttachments) {
                let body = try #require(part["body"] as? [String: Any])
                issued.append((message.id, try #require(body["attachmentId"] as? String), expected.bytes))
            }
        }
        // threads.get hands out ids too.
        let thread = try await firstClient.json("/gmail/v1/users/me/threads/\(SandboxSeed.id("chart-png"))")
        let threadMessage = try #require((thread["messages"] as? [[String: Any]])?.first)
        let threadPart = try #require(GmailJSON.part(threadMessage["payload"] as! [String: Any], id: "1"))
        let chart = try #require(SandboxSeed.seededMessage("chart-png")?.expectedAttachments.first?.bytes)
        issued.append(
            (
                SandboxSeed.id("chart-png"),
                try #require((threadPart["body"] as? [String: Any])?["attachmentId"] as? String),
                chart
            ))
        first.stop()
        #expect(issued.count == 13)

        let second = try FakeGoogle(seedSandboxAccount: true)
        defer { second.stop() }
        let secondClient = try await GmailTestClient.connect(to: second)
        for item in issued {
            #expect(try await attachment(secondClient, item.messageID, item.id) == item.bytes, "\(item.messageID)")
        }
    }

    @Test func idsDifferBetweenFetchesYetBothOpenElsewhere() async throws {
        let messageID = SandboxSeed.id("invoice-pdf")
        let first = try FakeGoogle(seedSandboxAccount: true)
        let firstClient = try await GmailTestClient.connect(to: first)
        let one = try await attachmentID(firstClient, messageID, partId: "1")
        let two = try await attachmentID(firstClient, messageID, partId: "1")
        first.stop()
        #expect(one != two)
        for id in [one, two] {
            #expect(id.hasPrefix("ANGjdJ") && id.count == 236)
            #expect(
                id.dropFirst(6).allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" })
        }

        let second = try FakeGoogle(seedSandboxAccount: true)
        defer { second.stop() }
        let secondClient = try await GmailTestClient.connect(to: second)
        let expected = try #require(SandboxSeed.seededMessage("invoice-pdf")?.expectedAttachments.first?.bytes)
        for id in [one, two] {
            #expect(try await attachment(secondClient, messageID, id) == expected)
        }
    }

    @Test func tamperedTruncatedAndForeignIdsAreNotFound() async throws {
        let messageID = SandboxSeed.id("invoice-pdf")
        let first = try FakeGoogle(seedSandboxAccount: true)
        let valid = try await attachmentID(try await GmailTestClient.connect(to: first), messageID, partId: "1")
        first.stop()

        let second = try FakeGoogle(seedSandboxAccount: true)
        defer { second.stop() }
        let client = try await GmailTestClient.connect(to: second)
        #expect(try await attachment(client, messageID, valid) != nil)
        let characters = Array(valid)
        // One character changed in the nonce, the scrambled fields, the padding and the tag.
        for index in [8, 12, 30, 120, 225, 234] {
            var changed = characters
            changed[index] = changed[index] == "A" ? "B" : "A"
            try await expectNotFound(client, messageID, String(changed), "changed at \(index)")
        }
        for count in [1, 2, 3, 4, 100, 230] {
            try await expectNotFound(client, messageID, String(valid.dropLast(count)), "cut by \(count)")
        }
        try await expectNotFound(client, messageID, valid + "A", "one character longer")
        try await expectNotFound(client, messageID, valid + "==", "padded")
        try await expectNotFound(client, messageID, "ANGjdK" + valid.dropFirst(6), "another prefix")
        // Well-formed ids for another message, for parts the message does not have, and for
        // parts that come inline (the root container, the body text).
        try await expectNotFound(client, SandboxSeed.id("chart-png"), valid, "another message")
        let otherMessage = AttachmentIdentifiers.issue(messageId: SandboxSeed.id("chart-png"), partId: "1")
        try await expectNotFound(client, messageID, otherMessage, "an id of another message's part")
        for partId in ["7", "1.0", "", "0"] {
            let missing = AttachmentIdentifiers.issue(messageId: messageID, partId: partId)
            try await expectNotFound(client, messageID, missing, "part \"\(partId)\"")
        }
    }
}
