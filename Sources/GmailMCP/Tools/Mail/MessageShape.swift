import Foundation
import Gmail
import MIME
import MCP

/// Gmail's message JSON turned into the contract's result objects (docs/tools.md, Message results):
/// snake_case names, headers RFC 2047-decoded, dates as ISO-8601, absent headers left out.
enum MessageShape {
    /// The headers a summary needs; `metadata` fetches ask Gmail for just these.
    static let summaryHeaders = ["From", "To", "Cc", "Subject", "Date", "Content-Type"]

    /// `id` and `thread_id`: format `minimal`.
    static func identity(_ message: GmailMessage) -> [String: Value] {
        var result: [String: Value] = ["id": .string(message.id)]
        if let thread = message.threadId { result["thread_id"] = .string(thread) }
        return result
    }

    /// What every format but `minimal` and `raw` of a list has: ids, labels, snippet, dates, size.
    static func basics(_ message: GmailMessage) -> [String: Value] {
        var result = identity(message)
        result["label_ids"] = .array((message.labelIds ?? []).map { .string($0) })
        if let snippet = message.snippet { result["snippet"] = .string(snippet) }
        if let internalDate = message.internalDate.flatMap(Double.init) {
            result["internal_date"] = .string(ISO8601.string(from: Date(timeIntervalSince1970: internalDate / 1000)))
        }
        if let size = message.sizeEstimate { result["size_estimate"] = .int(size) }
        return result
    }

    /// A message summary. `read` is the full MIME reading when there is one (format `full`),
    /// which makes `has_attachments` exact; from metadata alone it is a hint from the
    /// top-level Content-Type.
    static func summary(_ message: GmailMessage, read: ReadMessage?) -> [String: Value] {
        var result = basics(message)
        let headers = read?.headers ?? decodedHeaders(message.payload)
        for (name, key) in [("From", "from"), ("To", "to"), ("Cc", "cc"), ("Subject", "subject"), ("Date", "date")] {
            if let value = first(name, in: headers) { result[key] = .string(value) }
        }
        result["has_attachments"] = .bool(
            read?.hasAttachments ?? attachmentHint(contentType: first("Content-Type", in: headers)))
        return result
    }

    /// A whole message, its bodies cut to `window`; without a window (format `metadata`) there
    /// are no bodies, and `has_attachments` stays the Content-Type hint.
    /// `includeHeaders` false gives the summary-plus-bodies shape of `gmail_fetch_mails` format full.
    static func message(
        _ message: GmailMessage, read: ReadMessage, window: BodyWindow?, includeHeaders: Bool = true
    ) -> [String: Value] {
        var result = summary(message, read: window == nil ? nil : read)
        if includeHeaders { addHeaders(of: read, to: &result) }
        guard let window else { return result }
        // Both bodies always, "" for a missing part: programs that read results get one shape.
        let cut = window.apply(text: read.bodyText ?? "", html: read.bodyHTML ?? "")
        result["body_text"] = .string(cut.text ?? "")
        result["body_html"] = .string(cut.html ?? "")
        if let next = cut.nextOffset {
            result["body_truncated"] = true
            result["next_body_offset"] = .int(next)
        }
        result["attachments"] = .array(read.attachments.map { .object(attachment($0)) })
        return result
    }

    private static func addHeaders(of read: ReadMessage, to result: inout [String: Value]) {
        result["headers"] = .array(
            read.headers.map { .object(["name": .string($0.name), "value": .string($0.value)]) })
        if let messageID = read.header("Message-ID") {
            result["message_id_header"] = .string(messageID.trimmingCharacters(in: .whitespaces))
        }
        let references = (read.header("References") ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        result["references"] = .array(references.map { .string($0) })
    }

    static func attachment(_ attachment: AttachmentDescriptor) -> [String: Value] {
        [
            "attachment_id": .string(attachment.attachmentID ?? InlinePartID.make(partID: attachment.partID)),
            "filename": .string(attachment.filename),
            "mime_type": .string(attachment.mimeType),
            "size": .int(attachment.size),
            "part_id": .string(attachment.partID),
        ]
    }

    /// Gmail's metadata format sends no part tree, so only the top-level type can hint:
    /// `multipart/mixed` (or a lone non-text part) usually carries attachments; text and
    /// `multipart/alternative` / `related` / `signed` usually do not.
    static func attachmentHint(contentType: String?) -> Bool {
        guard let type = contentType.map({ MIMEHeaderValue.parse($0).value }) else { return false }
        if type == "multipart/mixed" { return true }
        return !type.hasPrefix("text/") && !type.hasPrefix("multipart/")
    }

    private static func decodedHeaders(_ payload: MessagePart?) -> [DecodedHeader] {
        (payload?.headers ?? []).map { DecodedHeader(name: $0.name, value: EncodedWords.decode($0.value)) }
    }

    private static func first(_ name: String, in headers: [DecodedHeader]) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// Attachments Gmail sends inline (bytes in `body.data`, no `attachmentId`) get an id of ours,
/// `part:<partId>`, which `gmail_get_attachment_by_id` resolves from the message itself.
enum InlinePartID {
    static let prefix = "part:"

    static func make(partID: String) -> String { prefix + partID }

    static func partID(of attachmentID: String) -> String? {
        attachmentID.hasPrefix(prefix) ? String(attachmentID.dropFirst(prefix.count)) : nil
    }
}
