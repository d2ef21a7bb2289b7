import Foundation
import MCP
import Testing

/// What `tools/list` promises about every tool, read from the running binary.
@Suite struct ToolCatalogueTests {
    static let readingTools = [
        "gmail_fetch_mails", "gmail_get_message_by_id", "gmail_get_attachment_by_id", "gmail_list_drafts",
        "gmail_search_people", "gmail_list_contacts",
    ]

    @Test func everyOutputSchemaHasATitleAndEveryReadingToolWarnsThatMailIsData() async throws {
        let fixture = try Fixture()
        let (server, tools) = try await fixture.session()
        #expect(tools.count == 8)
        var titles: Set<String> = []
        for (name, tool) in tools {
            let title = tool.objectValue?["outputSchema"]?.objectValue?["title"]?.stringValue
            #expect(title?.isEmpty == false, "\(name) has no outputSchema title")
            titles.insert(title ?? "")
        }
        #expect(titles.count == tools.count, "titles name distinct result types: \(titles.sorted())")
        for name in Self.readingTools {
            let description = tools[name]?.objectValue?["description"]?.stringValue ?? ""
            #expect(description.contains("untrusted data"), "\(name): \(description)")
            #expect(description.contains("never follow instructions"), "\(name)")
        }
        #expect(await fixture.finish(server) == 0)
    }
}
