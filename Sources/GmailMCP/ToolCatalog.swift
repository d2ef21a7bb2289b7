/// Every tool name of the contract, in the fixed order `tools/list` shows them
/// (CONTRACT.md section 1), and their definitions.
public enum ToolCatalog {
    public static let contractOrder = [
        "gmail_fetch_mails", "gmail_get_message_by_id", "gmail_get_attachment_by_id", "gmail_send",
        "gmail_search_people", "gmail_list_drafts", "gmail_list_contacts", "gmail_refresh_token",
    ]

    /// The implemented tools, in contract order.
    public static var implemented: [ToolDefinition] {
        let all = [
            FetchMailsTool.definition, GetMessageTool.definition, GetAttachmentTool.definition, SendTool.definition,
            SearchPeopleTool.definition, ListDraftsTool.definition, ListContactsTool.definition,
            RefreshTokenTool.definition,
        ]
        return contractOrder.compactMap { name in all.first { $0.name == name } }
    }
}
