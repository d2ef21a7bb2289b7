import MCP

/// Output schemas of the message shapes, shared by the reading tools.
enum MessageSchemas {
    private static let summaryProperties: [String: Value] = [
        "id": JSONSchema.string("The message id."),
        "thread_id": JSONSchema.string("The conversation (thread) id."),
        "label_ids": JSONSchema.array(of: JSONSchema.string("A label id."), "Labels, e.g. INBOX, UNREAD, Label_12."),
        "snippet": JSONSchema.string("Gmail's short plain-text preview."),
        "from": JSONSchema.string("From header, encoded words decoded."),
        "to": JSONSchema.string("To header, encoded words decoded."),
        "cc": JSONSchema.string("Cc header, encoded words decoded."),
        "subject": JSONSchema.string("Subject, encoded words decoded."),
        "date": JSONSchema.string("The Date header as the sender wrote it."),
        "internal_date": JSONSchema.string("When Gmail received it (ISO-8601, UTC).", format: "date-time"),
        "size_estimate": JSONSchema.integer("Approximate size in bytes.", minimum: 0),
        "has_attachments": JSONSchema.boolean(
            "Whether the message has attachments. Exact when the part tree was read (format full, or "
                + "gmail_get_message_by_id); in format metadata a hint from the top-level Content-Type "
                + "(multipart/mixed or a lone non-text part: true)."),
    ]

    private static let bodyProperties: [String: Value] = [
        "body_text": JSONSchema.string(
            "The text body (derived from the HTML when there is no text part), cut to the window; \"\" when the "
                + "message has no body. Line breaks are \\n, trailing ones included: the windows joined give the body "
                + "exactly."),
        "body_html": JSONSchema.string(
            "The HTML body, cut to the same window; \"\" when the message has no HTML part."),
        "body_truncated": JSONSchema.boolean("True when a body continues past the window."),
        "next_body_offset": JSONSchema.integer("body_offset for the next window, when truncated.", minimum: 1),
        "attachments": JSONSchema.array(of: attachment, "Attachments, inline ones with a filename included."),
    ]

    static let attachment = JSONSchema.object(
        [
            "attachment_id": JSONSchema.string("Pass to gmail_get_attachment_by_id (Gmail changes it on every read)."),
            "filename": JSONSchema.string("File name, decoded."),
            "mime_type": JSONSchema.string("MIME type, e.g. application/pdf."),
            "size": JSONSchema.integer("Size in bytes.", minimum: 0),
            "part_id": JSONSchema.string("The MIME part id, e.g. 1 or 0.2."),
        ], required: ["attachment_id", "filename", "mime_type", "size", "part_id"])

    /// A summary in `gmail_fetch_mails`; format full adds the body fields.
    static let summary = JSONSchema.object(
        summaryProperties.merging(bodyProperties) { first, _ in first }, required: ["id"])

    /// `gmail_get_message_by_id`.
    static let message = JSONSchema.object(
        summaryProperties.merging(bodyProperties) { first, _ in first }.merging([
            "headers": JSONSchema.array(
                of: JSONSchema.object(
                    ["name": JSONSchema.string("Header name."), "value": JSONSchema.string("Decoded value.")],
                    required: ["name", "value"]),
                "Every header in order, encoded words decoded."),
            "message_id_header": JSONSchema.string("The RFC 5322 Message-ID, e.g. <abc@mail.gmail.com>."),
            "references": JSONSchema.array(
                of: JSONSchema.string("A Message-ID."), "The References chain; [] when the header is absent."),
            "raw_base64": JSONSchema.string("Format raw: the RFC 5322 message, standard base64."),
        ]) { first, _ in first }, required: ["id"])
}
