import MCP
import Testing

@testable import GmailMCP

/// The catalogue's own rules, whatever tools it holds: the end-to-end tests check the order the
/// contract fixes, these check what every definition must get right.
@Suite struct ToolCatalogTests {
    @Test func namesAreUniqueAndSnakeCaseWithTheGmailPrefix() {
        let names = ToolCatalog.names
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.hasPrefix("gmail_") && name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(name)")
        }
    }

    @Test func aToolThatChangesTheMailboxNeverSaysItIsReadOnly() {
        let changing = ToolCatalog.implemented.filter(\.changesMailbox)
        #expect(changing.map(\.name).contains("gmail_send"))
        for definition in changing {
            #expect(definition.tool.annotations.readOnlyHint == false, "\(definition.name)")
        }
    }

    @Test func everyToolHasATitleADescriptionAndObjectSchemas() {
        for definition in ToolCatalog.implemented {
            #expect(definition.tool.title?.isEmpty == false, "\(definition.name)")
            #expect(definition.tool.description?.isEmpty == false, "\(definition.name)")
            #expect(definition.tool.inputSchema.objectValue?["type"] == "object", "\(definition.name)")
            #expect(definition.tool.outputSchema?.objectValue?["type"] == "object", "\(definition.name)")
        }
    }
}
