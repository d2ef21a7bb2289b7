import MCP

/// One tool: what `tools/list` shows (name, description, schemas, annotations) beside the code
/// that serves it, so the two cannot drift apart.
public struct ToolDefinition: Sendable {
    public typealias Handler = @Sendable (ToolArguments, ToolContext) async throws -> ToolOutput

    public let tool: Tool
    /// Sends, deletes or edits mail; `GMAIL_MCP_READ_ONLY=1` leaves such tools out.
    public let changesMailbox: Bool
    public let handler: Handler

    public init(
        name: String, title: String, description: String, inputSchema: Value, outputSchema: Value,
        annotations: Tool.Annotations, changesMailbox: Bool = false, handler: @escaping Handler
    ) {
        // A tool that changes the mailbox must not tell clients it is read-only: they would
        // run it without asking the person.
        precondition(
            !(changesMailbox && annotations.readOnlyHint == true), "\(name) changes the mailbox but says readOnlyHint")
        self.changesMailbox = changesMailbox
        self.tool = Tool(
            name: name, title: title, description: description, inputSchema: inputSchema,
            annotations: annotations, outputSchema: Self.titled(outputSchema, toolName: name))
        self.handler = handler
    }

    public var name: String { tool.name }

    /// Output schemas carry a `title`, which code generators (FastMCP, datamodel-code-generator)
    /// use as the result type's name; without one every result type is called `Root`.
    /// `gmail_get_attachment_by_id` → `GmailGetAttachmentByIdResult`.
    static func titled(_ schema: Value, toolName: String) -> Value {
        guard case .object(var fields) = schema, fields["title"] == nil else { return schema }
        let words = toolName.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        fields["title"] = .string(words.joined() + "Result")
        return .object(fields)
    }

    /// Argument names the input schema declares; anything else is rejected.
    public var argumentNames: [String] {
        tool.inputSchema.objectValue?["properties"]?.objectValue?.keys.sorted() ?? []
    }
}
