import Foundation

/// Turns an `OutgoingMessage` into the RFC 5322 / MIME bytes Gmail's send takes: CRLF line
/// ends, ASCII headers folded within 78 characters, RFC 2047 words for non-ASCII header text,
/// RFC 2231 file names, UTF-8 text in quoted-printable or base64, attachments in base64 lines
/// of 76. Pure: the same message and boundaries give the same bytes.
public enum MIMEComposer {
    /// Gmail's limit on a whole message (the upload endpoint's `maxSize`, 35 MiB).
    public static let gmailSizeLimit = 36_700_160

    public static func compose(
        _ message: OutgoingMessage, boundaries: () -> String = MultipartBoundary.random
    ) throws(ComposeError) -> Data {
        try OutgoingMessageChecks.check(message)
        var output = [UInt8]()
        output.reserveCapacity(estimatedSize(message))
        output += topLevelHeaders(message).utf8
        output += "MIME-Version: 1.0\r\n".utf8
        render(body(of: message, boundaries: boundaries), into: &output)
        guard output.count <= gmailSizeLimit else { throw OutgoingMessageChecks.tooLarge(bytes: output.count) }
        return Data(output)
    }

    /// Every check `compose` makes before writing, without writing: lets a caller refuse a bad
    /// message before it spends requests on it (reading the message a reply answers).
    public static func validate(_ message: OutgoingMessage) throws(ComposeError) {
        try OutgoingMessageChecks.check(message)
    }

    /// What the composed message will about weigh: base64 grows attachments by 4/3 plus line
    /// ends. Lets a caller refuse an oversized message before building it.
    public static func estimatedSize(_ message: OutgoingMessage) -> Int {
        let attachmentBytes = message.attachments.reduce(0) { $0 + $1.data.count }
        let textBytes = (message.textBody?.utf8.count ?? 0) + 2 * (message.htmlBody?.utf8.count ?? 0)
        return attachmentBytes / 57 * 78 + textBytes * 3 / 2 + 4096
    }

    // MARK: Headers

    private static func topLevelHeaders(_ message: OutgoingMessage) -> String {
        var headers = ""
        if let from = message.from { headers += AddressHeaderEncoding.field("From", [from]) }
        for (name, list) in [("To", message.to), ("Cc", message.cc), ("Bcc", message.bcc)] where !list.isEmpty {
            headers += AddressHeaderEncoding.field(name, list)
        }
        if !message.replyTo.isEmpty { headers += AddressHeaderEncoding.field("Reply-To", message.replyTo) }
        headers += UnstructuredHeaderEncoding.field("Subject", message.subject)
        headers += "Date: \(MailDate.format(message.date))\r\n"
        if let inReplyTo = message.inReplyTo {
            headers += "In-Reply-To: \(inReplyTo)\r\n"
        }
        if !message.references.isEmpty {
            var writer = FoldedHeaderWriter(name: "References")
            for id in message.references { writer.append(id) }
            headers += writer.finished()
        }
        return headers
    }

    // MARK: Structure

    /// Text alone is one part; text and HTML are multipart/alternative (text first, as RFC 2046
    /// says the preferred form comes last); attachments wrap that in multipart/mixed.
    private static func body(of message: OutgoingMessage, boundaries: () -> String) -> ComposedPart {
        let html = message.htmlBody
        let text = message.textBody ?? html.map(HTMLText.plainText(fromHTML:)) ?? ""
        var content = textPart(text, subtype: "plain")
        if let html {
            content = .multipart(
                subtype: "alternative", boundary: boundaries(), parts: [content, textPart(html, subtype: "html")])
        }
        guard !message.attachments.isEmpty else { return content }
        return .multipart(
            subtype: "mixed", boundary: boundaries(), parts: [content] + message.attachments.map(attachmentPart))
    }

    private static func textPart(_ text: String, subtype: String) -> ComposedPart {
        let body = TransferEncodedBody.text(text)
        return .leaf(
            headers: "Content-Type: text/\(subtype); charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: \(body.encodingName)\r\n",
            body: body)
    }

    private static func attachmentPart(_ attachment: OutgoingAttachment) -> ComposedPart {
        // Checked in OutgoingMessageChecks; a failure here cannot happen.
        let typeWords = TextAttachmentCharset.contentTypeWords(
            (try? MediaTypeSyntax.words(attachment.mediaType, attachment: attachment.filename))
                ?? ["application/octet-stream"],
            data: [UInt8](attachment.data))
        let nameWords = ParameterEncoding.words(name: "name", value: attachment.filename)
        let filenameWords = ParameterEncoding.words(name: "filename", value: attachment.filename)
        return .leaf(
            headers: parameterizedField("Content-Type", typeWords + nameWords)
                + parameterizedField("Content-Disposition", ["attachment"] + filenameWords)
                + "Content-Transfer-Encoding: base64\r\n",
            body: .base64(attachment.data))
    }

    /// `Name: value; a=b; c=d`, folded between parameters.
    private static func parameterizedField(_ name: String, _ words: [String]) -> String {
        var writer = FoldedHeaderWriter(name: name)
        for (index, word) in words.enumerated() {
            writer.append(index == words.count - 1 ? word : word + ";")
        }
        return writer.finished()
    }

    // MARK: Bytes

    private static func render(_ part: ComposedPart, into output: inout [UInt8]) {
        switch part {
        case .leaf(let headers, let body):
            output += headers.utf8
            output += [0x0D, 0x0A]
            output += body.bytes
        case .multipart(let subtype, let boundary, let parts):
            output += parameterizedField("Content-Type", ["multipart/\(subtype)", "boundary=\"\(boundary)\""]).utf8
            output += [0x0D, 0x0A]
            for child in parts {
                output += "--\(boundary)\r\n".utf8
                render(child, into: &output)
                // The CRLF before a delimiter belongs to the delimiter (RFC 2046 5.1.1), so the
                // child's own final CRLF stays content.
                output += [0x0D, 0x0A]
            }
            output += "--\(boundary)--\r\n".utf8
        }
    }
}

/// A part of the message being built: a leaf with its headers and encoded body, or a
/// multipart holding other parts.
indirect enum ComposedPart {
    case leaf(headers: String, body: TransferEncodedBody)
    case multipart(subtype: String, boundary: String, parts: [ComposedPart])
}
