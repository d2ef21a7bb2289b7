import Foundation
import Gmail
import MIME
import MCP

/// `gmail_fetch_mails`: search the mailbox and return summaries. One list call, then the
/// details of the whole page in one batch round trip.
enum FetchMailsTool {
    static let formats = ["minimal", "metadata", "full"]
    /// Each body in format `full` is cut to this many characters.
    static let fullFormatBodyLimit = 2000
    static let maxResults = IntegerParameter(
        name: "max_results", meaning: "How many messages to return", range: 1...500, defaultValue: 20)

    static let definition = ToolDefinition(
        name: "gmail_fetch_mails",
        title: "Search Gmail",
        description: """
            Searches the mailbox with Gmail's search syntax and returns message summaries (sender, recipients, \
            subject, date, snippet, labels), newest first. Use it to find mail, then gmail_get_message_by_id for a \
            whole message. Query examples: "from:alice@example.com is:unread", "subject:(invoice OR receipt) \
            newer_than:7d", "has:attachment filename:pdf", "label:work -in:inbox", "after:2026/01/01 before:2026/02/01", \
            "\\"exact phrase\\"". Leave query empty for the latest mail. Spam and trash are left out unless \
            include_spam_trash is true. Pass next_page_token back as page_token for more. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "query": JSONSchema.string("Gmail search query, as typed in Gmail's search box."),
                "label_ids": JSONSchema.array(
                    of: JSONSchema.string("A label id, e.g. INBOX, UNREAD, STARRED or Label_12."),
                    "Only messages carrying all of these labels."),
                "page_token": JSONSchema.string("next_page_token from the previous call, for the next page."),
                "include_spam_trash": JSONSchema.boolean("Include messages in Spam and Trash (default false)."),
                "format": JSONSchema.string(
                    "minimal: ids only; metadata (default): summaries; full: summaries with bodies (each cut to "
                        + "\(fullFormatBodyLimit) characters) and attachment lists.", enumValues: formats),
            ], integers: [maxResults]),
        outputSchema: JSONSchema.object(
            [
                "messages": JSONSchema.array(of: MessageSchemas.summary, "The page of messages, newest first."),
                "next_page_token": JSONSchema.string("Pass as page_token for the next page; absent on the last."),
                "result_size_estimate": JSONSchema.integer("Gmail's estimate of all matches (not exact).", minimum: 0),
            ], required: ["messages", "result_size_estimate"]),
        annotations: .reading("Search Gmail"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let query = try arguments.string("query")
        let maxResults = try arguments.integer(maxResults)
        let labelIDs = try arguments.strings("label_ids") ?? []
        let pageToken = try arguments.string("page_token")
        let includeSpamTrash = try arguments.boolean("include_spam_trash") ?? false
        let format = try arguments.choice("format", from: formats) ?? "metadata"

        let list = try await context.gmail.listMessages(
            query: query, maxResults: maxResults, pageToken: pageToken, labelIDs: labelIDs,
            includeSpamTrash: includeSpamTrash)
        let listed = list.messages ?? []
        let summaries: [Value]
        switch format {
        case "minimal":
            summaries = listed.map { .object(MessageShape.identity($0)) }
        case "full":
            let messages = try await context.gmail.messages(ids: listed.map(\.id), format: .full).compactMap { $0 }
            let window = BodyWindow(offset: 0, maxCharacters: fullFormatBodyLimit)
            let gmail = context.gmail
            let reads = try await BoundedConcurrency.map(messages, limit: 5) {
                try await MessageReading.read($0, gmail: gmail)
            }
            summaries = zip(messages, reads).map {
                .object(MessageShape.message($0, read: $1, window: window, includeHeaders: false))
            }
        default:
            let messages = try await context.gmail.messages(
                ids: listed.map(\.id), format: .metadata, metadataHeaders: MessageShape.summaryHeaders)
            summaries = messages.compactMap { $0.map { .object(MessageShape.summary($0, read: nil)) } }
        }
        var result: [String: Value] = [
            "messages": .array(summaries),
            "result_size_estimate": .int(list.resultSizeEstimate ?? summaries.count),
        ]
        if let next = list.nextPageToken { result["next_page_token"] = .string(next) }
        return ToolOutput(structured: .object(result))
    }
}
