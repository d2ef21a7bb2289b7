import Foundation
import GoogleSandbox
import Testing

/// Sessionless MCP clients start a server per tool call, so the ids one `gmail-mcp sandbox`
/// process hands out must work in the next one (docs/configuration.md, sandbox): attachment ids, draft
/// ids, message and thread ids, contacts' resource names.
@Suite struct SandboxIdsAcrossProcessesTests {
    private struct Handed {
        let messageID: String
        let attachmentID: String
        let expected: ExpectedAttachment
    }

    private static func startSandbox() async throws -> ServerProcess {
        let server = try ServerProcess(arguments: ["sandbox"], environment: [:])
        try await server.initialize()
        return server
    }

    /// The bytes of the content item after the text: an image's `data` or a resource's `blob`
    /// (or `text`). `data_base64` in structuredContent is not looked at: it may go away.
    private static func bytes(of result: ToolResult) -> Data? {
        guard let item = result.content.dropFirst().first else { return nil }
        switch item["type"] as? String {
        case "image":
            return Data(base64Encoded: item["data"] as? String ?? "")
        case "resource":
            let resource = item["resource"] as? [String: Any] ?? [:]
            if let blob = resource["blob"] as? String { return Data(base64Encoded: blob) }
            return (resource["text"] as? String).map { Data($0.utf8) }
        default:
            return nil
        }
    }

    private static func drafts(_ result: ToolResult) -> [String: [String: Any]] {
        var byID: [String: [String: Any]] = [:]
        for draft in result.structured?["drafts"] as? [[String: Any]] ?? [] {
            if let id = draft["id"] as? String { byID[id] = draft["message"] as? [String: Any] ?? [:] }
        }
        return byID
    }

    @Test func idsFromOneSandboxProcessWorkInTheNext() async throws {
        // Process 1: read messages with attachments (a PDF, a PNG, a draft's file), the drafts
        // and the contacts.
        let first = try await Self.startSandbox()
        var handed: [Handed] = []
        var threadIDs: [String: String] = [:]
        var callID = 10
        for key in ["invoice-pdf", "chart-png", "draft-attachment"] {
            let seeded = try #require(SandboxSeed.seededMessage(key))
            callID += 1
            let message = try await first.callTool(
                id: callID, name: "gmail_get_message_by_id", arguments: ["message_id": seeded.id])
            #expect(!message.isError, "\(key): \(message.text)")
            threadIDs[seeded.id] = message.structured?["thread_id"] as? String
            let attachments = message.structured?["attachments"] as? [[String: Any]] ?? []
            #expect(attachments.count == seeded.expectedAttachments.count, "\(key)")
            for (listed, expected) in zip(attachments, seeded.expectedAttachments) {
                let attachmentID = try #require(listed["attachment_id"] as? String)
                #expect(attachmentID.hasPrefix("ANGjdJ"), "\(key): a Gmail id, not an inline-part id")
                handed.append(Handed(messageID: seeded.id, attachmentID: attachmentID, expected: expected))
            }
        }
        #expect(handed.count >= 3)
        let firstDrafts = Self.drafts(try await first.callTool(id: 20, name: "gmail_list_drafts"))
        let replyDraft = try #require(SandboxSeed.seededDrafts.first { $0.key == "draft-chart-reply" })
        let replyMessage = try #require(firstDrafts[replyDraft.draftId])
        let replyMessageID = try #require(replyMessage["id"] as? String)
        let replyThreadID = try #require(replyMessage["thread_id"] as? String)
        let firstContacts = try await first.callTool(id: 21, name: "gmail_list_contacts")
        let contactNames = (firstContacts.structured?["people"] as? [[String: Any]] ?? []).compactMap {
            $0["resource_name"] as? String
        }
        #expect(!contactNames.isEmpty)
        #expect(await first.finish() == 0)

        // Process 2: a fresh sandbox, as a sessionless client starts for its next call.
        let second = try await Self.startSandbox()
        callID = 30
        for item in handed {
            callID += 1
            let file = try await second.callTool(
                id: callID, name: "gmail_get_attachment_by_id",
                arguments: ["message_id": item.messageID, "attachment_id": item.attachmentID])
            #expect(!file.isError, "\(item.expected.filename): \(file.text)")
            #expect(Self.bytes(of: file) == item.expected.bytes, "\(item.expected.filename)")
            #expect(file.structured?["filename"] as? String == item.expected.filename)
            #expect(file.structured?["size"] as? Int == item.expected.bytes.count)
        }
        let secondDrafts = Self.drafts(try await second.callTool(id: 50, name: "gmail_list_drafts"))
        #expect(Set(secondDrafts.keys) == Set(firstDrafts.keys))
        #expect(secondDrafts[replyDraft.draftId]?["id"] as? String == replyMessageID)
        #expect(secondDrafts[replyDraft.draftId]?["thread_id"] as? String == replyThreadID)
        let draftMessage = try await second.callTool(
            id: 51, name: "gmail_get_message_by_id", arguments: ["message_id": replyMessageID])
        #expect(!draftMessage.isError, "\(draftMessage.text)")
        #expect(draftMessage.structured?["thread_id"] as? String == replyThreadID)
        // The draft replies in chart-png's thread, whose id process 1 handed out with that message.
        #expect(threadIDs[SandboxSeed.seededMessage("chart-png")!.id] == replyThreadID)
        let secondContacts = try await second.callTool(id: 52, name: "gmail_list_contacts")
        #expect(
            (secondContacts.structured?["people"] as? [[String: Any]] ?? []).compactMap {
                $0["resource_name"] as? String
            } == contactNames)
        #expect(await second.finish() == 0)
    }
}
