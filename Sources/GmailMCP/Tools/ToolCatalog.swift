/// Every tool this server implements, in the fixed order `tools/list` shows them
/// (docs/tools.md). The order of this list is the order on the wire; adding a tool means adding
/// its definition here, in its place.
public enum ToolCatalog {
    public static let implemented: [ToolDefinition] = [
        FetchMailsTool.definition,
        GetMessageTool.definition,
        GetAttachmentTool.definition,
        SendTool.definition,
        ListDraftsTool.definition,
        SearchPeopleTool.definition,
        ListContactsTool.definition,
        RefreshTokenTool.definition,
    ]

    /// The names, in order: what `GMAIL_MCP_TOOLS` may name.
    public static var names: [String] { implemented.map(\.name) }
}
