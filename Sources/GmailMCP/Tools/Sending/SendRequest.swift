import Foundation
import Gmail
import MIME

/// `gmail_send`'s arguments, read and checked before anything is sent: addresses parsed,
/// attachments decoded, the required combinations present.
struct SendRequest {
    var message: OutgoingMessage
    /// nil when the caller gave none (a reply then takes `Re: ` and the parent's).
    let subject: String?
    let threadID: String?
    let replyToMessageID: String?
    /// Normalized to `<…>`.
    let inReplyTo: String?

    static let argumentNames = [
        "to", "cc", "bcc", "from", "reply_to", "subject", "body", "html_body", "thread_id", "in_reply_to",
        "reply_to_message_id", "attachments",
    ]

    init(_ arguments: ToolArguments) throws(ToolError) {
        let to = try Self.addresses(arguments, "to")
        guard !to.isEmpty else {
            throw .invalidArgument("'to' is required: give at least one recipient address")
        }
        let from = try arguments.string("from").map { text throws(ToolError) in
            try Self.parse("from") { () throws(AddressInputError) in try OutgoingAddressParser.parseSingle(text) }
        }
        subject = try arguments.string("subject")
        threadID = try arguments.string("thread_id")
        replyToMessageID = try arguments.string("reply_to_message_id")
        if subject == nil, threadID == nil, replyToMessageID == nil {
            throw .invalidArgument("'subject' is required (unless replying with reply_to_message_id or thread_id)")
        }
        inReplyTo = try arguments.string("in_reply_to").map { text throws(ToolError) -> String in
            guard let id = MessageIDSyntax.normalized(text) else {
                throw .invalidArgument(
                    "'in_reply_to' must be a Message-ID header value like <abc@mail.gmail.com>, not "
                        + "\"\(InputExcerpt.make(from: text))\"")
            }
            return id
        }
        let body = try arguments.string("body")
        let html = try arguments.string("html_body")
        guard body != nil || html != nil else {
            throw .invalidArgument("give 'body' (plain text), 'html_body', or both")
        }
        message = OutgoingMessage(
            from: from, to: to, cc: try Self.addresses(arguments, "cc"), bcc: try Self.addresses(arguments, "bcc"),
            replyTo: try Self.addresses(arguments, "reply_to"), subject: subject ?? "", textBody: body,
            htmlBody: html, attachments: try Self.attachments(arguments))
    }

    private static func addresses(_ arguments: ToolArguments, _ name: String) throws(ToolError) -> [OutgoingMailbox] {
        var result: [OutgoingMailbox] = []
        for item in try arguments.strings(name, acceptingSingle: true) ?? [] {
            result += try parse(name) { () throws(AddressInputError) in try OutgoingAddressParser.parseList(item) }
        }
        return result
    }

    private static func parse<Parsed>(
        _ name: String, _ body: () throws(AddressInputError) -> Parsed
    ) throws(ToolError) -> Parsed {
        do {
            return try body()
        } catch {
            throw .invalidArgument("'\(name)': \(error.reason)")
        }
    }

    private static func attachments(_ arguments: ToolArguments) throws(ToolError) -> [OutgoingAttachment] {
        var result: [OutgoingAttachment] = []
        for (index, item) in (try arguments.objects("attachments") ?? []).enumerated() {
            try item.rejectUnknown(allowed: ["filename", "content_base64", "mime_type"])
            let filename = try item.requiredString("filename")
            guard let encoded = try item.string("content_base64") else {
                throw .invalidArgument("'attachments[\(index)].content_base64' is required")
            }
            let (payload, dataURLType) = DataURL.split(encoded)
            // Bytes that decode to nothing ("====") are no file: refuse them like bad base64.
            guard let data = Base64URL.decode(String(payload)), !data.isEmpty else {
                throw .invalidArgument(
                    "attachment \(index) (\"\(InputExcerpt.make(from: filename))\"): content_base64 is not valid base64 of "
                        + "at least one byte; send the file's bytes base64-encoded (standard or URL-safe alphabet, "
                        + "padding optional)")
            }
            let mediaType =
                try item.string("mime_type") ?? dataURLType
                ?? FileTypes.mimeType(forFilename: filename) ?? FileTypes.sniff(data)?.mimeType
                ?? "application/octet-stream"
            result.append(OutgoingAttachment(filename: filename, mediaType: mediaType, data: data))
        }
        return result
    }
}

/// `data:application/pdf;base64,JVBER…`: agents often hand files over as data URLs; the
/// payload is the base64 and the type a default for `mime_type`.
enum DataURL {
    static func split(_ text: String) -> (payload: Substring, mediaType: String?) {
        guard text.hasPrefix("data:"), let comma = text.firstIndex(of: ","),
            text[..<comma].hasSuffix(";base64")
        else { return (text[...], nil) }
        let type = text[text.index(text.startIndex, offsetBy: 5)..<comma].dropLast(";base64".count)
            .split(separator: ";").first.map(String.init)
        return (text[text.index(after: comma)...], type.flatMap { $0.isEmpty ? nil : $0 })
    }
}
