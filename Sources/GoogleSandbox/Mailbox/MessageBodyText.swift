/// Which parts of a message count as its readable body. Parts with a filename or an
/// `attachment` disposition are attachments, and a forwarded message/rfc822 is a message of
/// its own, so neither is body text.
enum MessageBodyText {
    /// The first text/plain body part, depth first; else the first text/html one as text.
    static func preferredText(of root: MIMEPart) -> String? {
        let candidates = bodyParts(of: root)
        if let plain = candidates.first(where: { $0.mimeType == "text/plain" }) { return plain.text }
        if let html = candidates.first(where: { $0.mimeType == "text/html" }) {
            return HTMLText.plainText(html.text)
        }
        return nil
    }

    /// Every text/plain and text/html part that is not an attachment, forwarded messages
    /// included (Gmail finds words in those too), HTML as text.
    static func allText(of root: MIMEPart) -> [String] {
        root.flattened().compactMap { entry in
            let part = entry.part
            guard part.isText, !isAttachment(part) else { return nil }
            return part.mimeType == "text/html" ? HTMLText.plainText(part.text) : part.text
        }
    }

    static func isAttachment(_ part: MIMEPart) -> Bool {
        !part.filename.isEmpty || part.disposition == "attachment"
    }

    private static func bodyParts(of part: MIMEPart) -> [MIMEPart] {
        if part.isEncapsulatedMessage || isAttachment(part) { return [] }
        if part.children.isEmpty { return part.isText ? [part] : [] }
        return part.children.flatMap(bodyParts(of:))
    }
}
