import Foundation
import GoogleSandbox
import MCP
import Testing

/// gmail_list_drafts through the binary and the fake Gmail's drafts.list and batch routes.
@Suite struct ListDraftsToolTests {
    private func drafts(_ result: ToolResult) -> [[String: Any]] {
        result.structured?["drafts"] as? [[String: Any]] ?? []
    }

    @Test func draftsComeWithSummariesInOneBatch() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, tools) = try await fixture.session()
        let result = try await server.callTool(id: 2, name: "gmail_list_drafts")
        #expect(!result.isError, "\(result.text)")
        #expect(result.schemaViolations(tools["gmail_list_drafts"]) == [])
        let listed = drafts(result)
        let seeded = SandboxSeed.seededDrafts
        #expect(listed.count == seeded.count)
        #expect(Set(listed.compactMap { $0["id"] as? String }) == Set(seeded.map(\.draftId)))
        for draft in listed {
            let id = try #require(draft["id"] as? String)
            let expected = try #require(seeded.first { $0.draftId == id })
            let message = try #require(draft["message"] as? [String: Any])
            #expect(message["id"] as? String == expected.messageId)
            #expect(message["thread_id"] as? String == expected.threadId)
            #expect((message["label_ids"] as? [String])?.contains("DRAFT") == true)
            let subject = SandboxSeed.seededMessages.first { $0.id == expected.messageId }?.expectedSubject
            #expect(message["subject"] as? String == subject, "\(expected.key)")
        }
        #expect(result.structured?["result_size_estimate"] as? Int == seeded.count)
        #expect(fixture.fake.requests("GET /gmail/v1/users/me/drafts") == 1)
        #expect(fixture.fake.requests("POST /batch/gmail/v1") == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func draftsPageAndFilter() async throws {
        let fixture = try Fixture()
        var saved: [String] = []
        for index in 0..<5 {
            let raw = ReadingToolsTests.source(
                from: "me@example.com", to: "ann@example.com", subject: "Draft \(index)", body: "draft body\r\n")
            saved.append(fixture.fake.saveDraft(raw: raw, date: Date().addingTimeInterval(Double(index) * 60)).draftId)
        }
        let (server, _) = try await fixture.session()
        var seen: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var arguments: [String: Any] = ["max_results": 2]
            if let token { arguments["page_token"] = token }
            let result = try await server.callTool(id: 10 + pages, name: "gmail_list_drafts", arguments: arguments)
            #expect(!result.isError, "\(result.text)")
            seen += drafts(result).compactMap { $0["id"] as? String }
            token = result.structured?["next_page_token"] as? String
            pages += 1
        } while token != nil && pages < 10
        #expect(pages == 3)
        #expect(seen == saved.reversed())

        let filtered = try await server.callTool(
            id: 30, name: "gmail_list_drafts", arguments: ["query": "subject:\"Draft 3\""])
        #expect(drafts(filtered).compactMap { ($0["message"] as? [String: Any])?["subject"] as? String } == ["Draft 3"])
        let none = try await server.callTool(id: 31, name: "gmail_list_drafts", arguments: ["query": "nothingmatches"])
        #expect(!none.isError && drafts(none).isEmpty)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func scopeAndArgumentsAreChecked() async throws {
        let sendOnly = try Fixture(scopes: ["https://www.googleapis.com/auth/gmail.send"], seeded: true)
        let (server, _) = try await sendOnly.session()
        let refused = try await server.callTool(id: 2, name: "gmail_list_drafts")
        #expect(refused.text.hasPrefix("insufficient_scope: "), "\(refused.text)")
        #expect(refused.text.contains("https://www.googleapis.com/auth/gmail.readonly"))
        let before = sendOnly.fake.httpRequests
        for (index, arguments) in [["max_results": 0], ["max_results": 501], ["include_spam_trash": "yes"]].enumerated()
        {
            let result = try await server.callTool(id: 10 + index, name: "gmail_list_drafts", arguments: arguments)
            #expect(result.text.hasPrefix("invalid_argument: "), "\(arguments): \(result.text)")
        }
        #expect(sendOnly.fake.httpRequests == before)
        #expect(await sendOnly.finish(server) == 0)
    }
}
