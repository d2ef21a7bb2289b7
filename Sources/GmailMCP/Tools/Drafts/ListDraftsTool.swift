import Foundation
import Gmail
import MIME
import MCP

/// `gmail_list_drafts`: the drafts, each with its message as a summary, fetched in one batch
/// round trip like gmail_fetch_mails.
enum ListDraftsTool {
    static let maxResults = IntegerParameter(
        name: "max_results", meaning: "How many drafts to return", range: 1...500, defaultValue: 20)

    static let definition = ToolDefinition(
        name: "gmail_list_drafts",
        title: "List Gmail drafts",
        description: """
            Lists the account's drafts, newest first, each with its message summary (recipients, subject, date, \
            snippet). query takes Gmail search syntax to narrow them. Pass next_page_token back as page_token for \
            more. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "query": JSONSchema.string("Gmail search query over the drafts."),
                "page_token": JSONSchema.string("next_page_token from the previous call, for the next page."),
                "include_spam_trash": JSONSchema.boolean("Include drafts in Spam and Trash (default false)."),
            ], integers: [maxResults]),
        outputSchema: JSONSchema.object(
            [
                "drafts": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "id": JSONSchema.string("The draft id (r…)."),
                            "message": MessageSchemas.summary,
                        ], required: ["id", "message"]),
                    "The page of drafts."),
                "next_page_token": JSONSchema.string("Pass as page_token for the next page; absent on the last."),
                "result_size_estimate": JSONSchema.integer("Gmail's estimate of all drafts (not exact).", minimum: 0),
            ], required: ["drafts", "result_size_estimate"]),
        annotations: .reading("List Gmail drafts"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let list = try await context.gmail.listDrafts(
            query: try arguments.string("query"), maxResults: try arguments.integer(maxResults),
            pageToken: try arguments.string("page_token"),
            includeSpamTrash: try arguments.boolean("include_spam_trash") ?? false)
        let drafts = (list.drafts ?? []).filter { $0.message != nil }
        let messages = try await context.gmail.messages(
            ids: drafts.compactMap { $0.message?.id }, format: .metadata, metadataHeaders: MessageShape.summaryHeaders)
        // A draft deleted or sent between the list and the fetch is left out.
        let items: [Value] = zip(drafts, messages).compactMap { draft, message in
            message.map { .object(["id": .string(draft.id), "message": .object(MessageShape.summary($0, read: nil))]) }
        }
        var result: [String: Value] = [
            "drafts": .array(items), "result_size_estimate": .int(list.resultSizeEstimate ?? items.count),
        ]
        if let next = list.nextPageToken { result["next_page_token"] = .string(next) }
        return ToolOutput(structured: .object(result))
    }
}
