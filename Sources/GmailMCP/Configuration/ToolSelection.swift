/// Which tools to serve: `GMAIL_MCP_READ_ONLY=1` drops those that change the mailbox, and
/// `GMAIL_MCP_TOOLS=a,b` keeps only the named ones.
public struct ToolSelection: Sendable, Equatable {
    public var readOnly: Bool
    /// nil serves all.
    public var names: Set<String>?

    public static let all = ToolSelection(readOnly: false, names: nil)

    public init(readOnly: Bool, names: Set<String>?) {
        self.readOnly = readOnly
        self.names = names
    }

    func includes(_ definition: ToolDefinition) -> Bool {
        if readOnly && definition.changesMailbox { return false }
        return names?.contains(definition.name) ?? true
    }
}
