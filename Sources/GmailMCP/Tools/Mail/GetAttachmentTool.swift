import Foundation
import Gmail
import MIME
import MCP

/// `gmail_get_attachment_by_id`: an attachment's bytes, named and typed even though Gmail's
/// attachments.get returns neither (docs/tools.md, Attachment names).
enum GetAttachmentTool {
    static let definition = ToolDefinition(
        name: "gmail_get_attachment_by_id",
        title: "Download a Gmail attachment",
        description: """
            Returns one attachment of a message with its file name, MIME type, size and SHA-256. The bytes come \
            once, in the content item after the JSON: an image for images, a text resource for text files (decoded \
            from their charset), otherwise a binary resource. Take message_id and attachment_id from \
            gmail_get_message_by_id. Files larger than the server's inline limit (default 10 MiB) must be saved \
            instead: pass save: true when the server has a download folder (GMAIL_MCP_DOWNLOAD_DIR); the result \
            then gives saved_path and no bytes. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "message_id": JSONSchema.string("The message the attachment belongs to."),
                "attachment_id": JSONSchema.string("The attachment_id from gmail_get_message_by_id."),
                "file_name": JSONSchema.string("The name to report; looked up from the message when absent."),
                "save": JSONSchema.boolean("Write the file into the server's download folder instead of inlining it."),
            ], required: ["message_id", "attachment_id"]),
        outputSchema: JSONSchema.object(
            [
                "filename": JSONSchema.string("The file name."),
                "mime_type": JSONSchema.string("The MIME type."),
                "size": JSONSchema.integer("Decoded size in bytes.", minimum: 0),
                "sha256": JSONSchema.string("SHA-256 of the decoded bytes, lowercase hex."),
                "saved_path": JSONSchema.string("Where the file was written, with save: true."),
            ], required: ["filename", "mime_type", "size", "sha256"]),
        annotations: .reading("Download a Gmail attachment"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let messageID = try arguments.requiredString("message_id")
        let attachmentID = try arguments.requiredString("attachment_id")
        let givenName = try arguments.string("file_name")
        let save = try arguments.boolean("save") ?? false
        if save && context.downloadDirectory == nil {
            throw ToolError.invalidArgument(
                "save is off on this server: set GMAIL_MCP_DOWNLOAD_DIR to a folder to enable it, or leave save out")
        }

        let (bytes, part) = try await fetch(
            messageID: messageID, attachmentID: attachmentID, lookUpName: givenName == nil, context)
        let sniffed = FileTypes.sniff(bytes)
        let mimeType =
            part?.mimeType ?? givenName.flatMap(FileTypes.mimeType(forFilename:)) ?? sniffed?.mimeType
            ?? "application/octet-stream"
        let filename = givenName ?? part?.filename ?? "attachment.\(sniffed?.fileExtension ?? "bin")"

        var result: [String: Value] = [
            "filename": .string(filename), "mime_type": .string(mimeType), "size": .int(bytes.count),
            "sha256": .string(SHA256Digest.hex(of: bytes)),
        ]
        if save, let directory = context.downloadDirectory {
            result["saved_path"] = .string(
                try AttachmentStore(directory: directory).save(bytes, suggestedName: filename))
            return ToolOutput(structured: .object(result))
        }
        guard bytes.count <= context.maxInlineBytes else {
            throw ToolError.invalidArgument(
                "the attachment is \(bytes.count) bytes, over the inline limit of \(context.maxInlineBytes) "
                    + "(GMAIL_MCP_MAX_INLINE_BYTES). "
                    + (context.downloadDirectory == nil
                        ? "Set GMAIL_MCP_DOWNLOAD_DIR on the server and call again with save: true, or raise "
                            + "GMAIL_MCP_MAX_INLINE_BYTES."
                        : "Call again with save: true to write it into GMAIL_MCP_DOWNLOAD_DIR."))
        }
        let content = AttachmentContent.item(
            for: bytes, mimeType: mimeType, charset: part?.charset, messageID: messageID, attachmentID: attachmentID)
        return ToolOutput(structured: .object(result), extraContent: [content])
    }

    /// The bytes, and the part they came from when it could be found: by our inline-part id, by
    /// Gmail's id, else by size among the message's attachments (Gmail's ids change per read).
    private static func fetch(
        messageID: String, attachmentID: String, lookUpName: Bool, _ context: ToolContext
    ) async throws -> (Data, AttachmentDescriptor?) {
        if let partID = InlinePartID.partID(of: attachmentID) {
            let message = try await context.gmail.message(id: messageID, format: .full)
            let read = MIMEReader.read(message.mimeTree)
            guard let part = read.attachments.first(where: { $0.partID == partID }) else {
                throw ToolError(.notFound, "message \(messageID) has no attachment in part \(partID)")
            }
            if let data = part.inlineData { return (data, part) }
            guard let gmailID = part.attachmentID else {
                throw ToolError(.notFound, "part \(partID) of message \(messageID) holds no data")
            }
            return (
                try await context.gmail.attachment(
                    messageID: messageID, attachmentID: gmailID, progress: context.progress?.download), part
            )
        }
        let gmail = context.gmail
        async let bytes = gmail.attachment(
            messageID: messageID, attachmentID: attachmentID, progress: context.progress?.download)
        async let message: GmailMessage? = lookUpName ? try? gmail.message(id: messageID, format: .full) : nil
        let data = try await bytes
        let attachments = await message.map { MIMEReader.read($0.mimeTree).attachments } ?? []
        let part =
            attachments.first { $0.attachmentID == attachmentID }
            ?? attachments.first { $0.size == data.count }
        return (data, part)
    }
}
