import Foundation
import Gmail
import MIME
import MCP

/// `gmail_send`: composes a standards-exact message (Gmail's API takes only raw RFC 5322) and
/// sends it; replies are threaded from the message or thread they answer.
enum SendTool {
    static let definition = ToolDefinition(
        name: "gmail_send",
        title: "Send an email",
        description: """
            Sends an email from the authorized Gmail account. Give to (and optionally cc, bcc) as addresses such \
            as "alice@example.com" or "Alice Smith <alice@example.com>", a subject, and body (plain text) and/or \
            html_body. Attachments are {filename, content_base64, mime_type?} (mime_type is guessed from the \
            extension when absent). To reply, pass reply_to_message_id (a Gmail message id): the reply goes into \
            that message's thread with the right In-Reply-To, References and a "Re:" subject when none is given. \
            thread_id alone replies to the thread's latest message. Sending cannot be undone: confirm recipients \
            and content with the user first.
            """,
        inputSchema: JSONSchema.object(
            [
                "to": addressList("Recipients. An array of addresses; a single string (commas allowed) works too."),
                "cc": addressList("Carbon-copy recipients, like to."),
                "bcc": addressList("Blind-copy recipients, like to; they are not shown to the others."),
                "from": JSONSchema.string(
                    "Send as this address; it must be a send-as alias of the account, or Gmail uses the primary one."),
                "reply_to": addressList("Addresses that replies should go to, like to."),
                "subject": JSONSchema.string(
                    "The subject. Optional when replying (reply_to_message_id or thread_id): then \"Re: \" and the "
                        + "original subject."),
                "body": JSONSchema.string("Plain-text body."),
                "html_body": JSONSchema.string(
                    "HTML body; with body too, mail clients choose. With only html_body, a plain-text part is made "
                        + "from it."),
                "thread_id": JSONSchema.string(
                    "Reply in this Gmail thread (to its latest message), keeping the thread together."),
                "in_reply_to": JSONSchema.string(
                    "Message-ID header (<…@…>) this message answers; sets In-Reply-To and References."),
                "reply_to_message_id": JSONSchema.string(
                    "Gmail message id to reply to: fills thread_id, In-Reply-To, References and the subject."),
                "attachments": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "filename": JSONSchema.string("File name shown to the recipient, e.g. report.pdf."),
                            "content_base64": JSONSchema.string("The file's bytes, base64 (standard or URL-safe)."),
                            "mime_type": JSONSchema.string("MIME type, e.g. application/pdf; guessed when absent."),
                        ], required: ["filename", "content_base64"]),
                    "Files to attach. The whole message may be at most 35 MiB once encoded."),
            ], required: ["to"]),
        outputSchema: JSONSchema.object(
            [
                "id": JSONSchema.string("Gmail id of the sent message."),
                "thread_id": JSONSchema.string("Gmail id of its thread."),
                "label_ids": JSONSchema.array(of: JSONSchema.string("A label id."), "Labels, e.g. SENT."),
                "warning": JSONSchema.string(
                    "Present when something went other than asked, e.g. Gmail filed a reply in a new thread."),
            ], required: ["id", "thread_id", "label_ids"]),
        annotations: .changingMailbox("Send an email", reachesOthers: true),
        changesMailbox: true,
        handler: run)

    private static func addressList(_ description: String) -> Value {
        JSONSchema.array(
            of: JSONSchema.string("An address: alice@example.com or Alice <alice@example.com>."), description)
    }

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let request = try SendRequest(arguments)
        var message = request.message
        // Everything that can be refused without Google is refused before any request.
        try composeChecked { () throws(ComposeError) in try MIMEComposer.validate(message) }

        var threading: ReplyThreading?
        if let parentID = request.replyToMessageID {
            let resolved = try await ReplyThreading.replying(toMessage: parentID, gmail: context.gmail)
            if let threadID = request.threadID, threadID != resolved.threadID {
                throw ToolError.invalidArgument(
                    "message \(parentID) is in thread \(resolved.threadID), not \(threadID); pass one of "
                        + "reply_to_message_id and thread_id, or matching ones")
            }
            threading = resolved
        } else if let threadID = request.threadID {
            threading = try await ReplyThreading.replying(toThread: threadID, gmail: context.gmail)
        }
        if let inReplyTo = request.inReplyTo {
            threading = threading?.answering(inReplyTo)
            message.inReplyTo = inReplyTo
            message.references = threading?.references ?? [inReplyTo]
        } else if let threading {
            message.inReplyTo = threading.inReplyTo
            message.references = threading.references
        }
        message.subject = request.subject ?? threading?.replySubject ?? ""

        let raw = try composeChecked { () throws(ComposeError) in try MIMEComposer.compose(message) }
        let sent = try await context.gmail.send(
            raw: raw, threadID: threading?.threadID, progress: context.progress?.upload)
        var result: [String: Value] = [
            "id": .string(sent.id),
            "thread_id": .string(sent.threadId ?? sent.id),
            "label_ids": .array((sent.labelIds ?? []).map { .string($0) }),
        ]
        if let wanted = threading?.threadID, let actual = sent.threadId, actual != wanted {
            result["warning"] = .string(
                "Gmail filed the message in a new thread (\(actual)) instead of thread \(wanted); its subject or "
                    + "references did not match the thread's.")
        }
        return ToolOutput(structured: .object(result))
    }

    private static func composeChecked<Result>(_ body: () throws(ComposeError) -> Result) throws(ToolError) -> Result {
        do {
            return try body()
        } catch {
            throw .invalidArgument(error.message)
        }
    }
}
