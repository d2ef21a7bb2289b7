/// What the composer refuses before writing a byte: header text with line breaks (a way to
/// inject headers such as Bcc), unusable file names and media types, malformed message ids,
/// and messages Gmail would refuse for their size.
enum OutgoingMessageChecks {
    static func check(_ message: OutgoingMessage) throws(ComposeError) {
        if HeaderTextRules.containsLineBreak(message.subject) {
            throw ComposeError(
                "subject contains a line break (CR or LF), which could inject headers; send it on one line")
        }
        if message.to.isEmpty && message.cc.isEmpty && message.bcc.isEmpty {
            throw ComposeError("the message has no recipient; give at least one address in to, cc or bcc")
        }
        if message.textBody == nil && message.htmlBody == nil {
            throw ComposeError("the message has no body; give body, html_body or both")
        }
        for id in [message.inReplyTo].compactMap({ $0 }) + message.references
        where MessageIDSyntax.normalized(id) != id {
            throw ComposeError("\"\(InputExcerpt.make(from: id))\" is not a message id like <abc@mail.gmail.com>")
        }
        for attachment in message.attachments {
            try checkFilename(attachment.filename)
            _ = try MediaTypeSyntax.words(attachment.mediaType, attachment: attachment.filename)
        }
        let estimate = MIMEComposer.estimatedSize(message)
        if estimate > MIMEComposer.gmailSizeLimit { throw tooLarge(bytes: estimate, estimated: true) }
    }

    static func tooLarge(bytes: Int, estimated: Bool = false) -> ComposeError {
        ComposeError(
            "the message would be \(estimated ? "about " : "")\(bytes) bytes once encoded, over Gmail's limit of "
                + "35 MiB (\(MIMEComposer.gmailSizeLimit) bytes) for a whole message; attachments grow by a "
                + "third in transit. Send fewer or smaller files, or share large ones as links")
    }

    private static let longestFilename = 500

    private static func checkFilename(_ name: String) throws(ComposeError) {
        let shown = "\"\(InputExcerpt.make(from: name))\""
        if HeaderTextRules.containsLineBreak(name) {
            throw ComposeError("attachment filename \(shown) contains a line break (CR or LF); remove it")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw ComposeError("attachment filename \(shown) contains a control character; remove it")
        }
        if name.allSatisfy({ $0 == " " }) {
            throw ComposeError("an attachment has an empty filename; give each file a name such as report.pdf")
        }
        if name.utf8.count > longestFilename {
            throw ComposeError(
                "attachment filename \(shown) is \(name.utf8.count) bytes long; keep it under \(longestFilename)")
        }
    }
}
