import Foundation
import Gmail
import MIME
import MCP

/// `gmail_get_message_by_id`: one message, its bodies decoded to text and paged by a window.
enum GetMessageTool {
    static let formats = ["full", "metadata", "minimal", "raw"]
    static let maxBodyChars = IntegerParameter(
        name: "max_body_chars", meaning: "Most characters of each body to return", range: 1...10_000_000,
        defaultValue: 20_000)
    static let bodyOffset = IntegerParameter(
        name: "body_offset", meaning: "Where the body window starts, in characters", range: 0...Int(Int32.max),
        defaultValue: 0)

    static let definition = ToolDefinition(
        name: "gmail_get_message_by_id",
        title: "Read a Gmail message",
        description: """
            Reads one message by its id (from gmail_fetch_mails): headers, the text and HTML bodies decoded to \
            Unicode, and the list of attachments (fetch one with gmail_get_attachment_by_id). Long bodies are cut \
            to max_body_chars (default \(maxBodyChars.defaultValue)); when body_truncated is true, call again with body_offset = \
            next_body_offset to read on. format metadata gives headers only; raw gives the RFC 5322 source as \
            base64. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "message_id": JSONSchema.string("The message id, e.g. 18c9a1b2c3d4e5f6."),
                "format": JSONSchema.string("full (default), metadata, minimal or raw.", enumValues: formats),
            ], integers: [maxBodyChars, bodyOffset], required: ["message_id"]),
        outputSchema: MessageSchemas.message,
        annotations: .reading("Read a Gmail message"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let id = try arguments.requiredString("message_id")
        let format = try arguments.choice("format", from: formats) ?? "full"
        let window = BodyWindow(
            offset: try arguments.integer(bodyOffset), maxCharacters: try arguments.integer(maxBodyChars))

        let message = try await context.gmail.message(
            id: id, format: GmailClient.MessageFormat(rawValue: format) ?? .full)
        switch format {
        case "raw":
            var result = MessageShape.identity(message)
            result["label_ids"] = .array((message.labelIds ?? []).map { .string($0) })
            if let size = message.sizeEstimate { result["size_estimate"] = .int(size) }
            let source = message.raw.flatMap(Base64URL.decode) ?? Data()
            result["raw_base64"] = .string(source.base64EncodedString())
            return ToolOutput(structured: .object(result))
        case "minimal":
            return ToolOutput(structured: .object(MessageShape.basics(message)))
        case "metadata":
            let read = MIMEReader.read(message.mimeTree)
            return ToolOutput(structured: .object(MessageShape.message(message, read: read, window: nil)))
        default:
            let read = try await MessageReading.read(message, gmail: context.gmail)
            return ToolOutput(structured: .object(MessageShape.message(message, read: read, window: window)))
        }
    }
}
