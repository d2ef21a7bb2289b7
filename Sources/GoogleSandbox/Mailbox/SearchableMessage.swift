/// What search looks at in one message, decoded and folded once at delivery: headers
/// RFC 2047-decoded, bodies decoded from their charsets and HTML turned into text.
struct SearchableMessage: Sendable {
    let from: FoldedText
    let to: FoldedText
    let cc: FoldedText
    let bcc: FoldedText
    let subject: FoldedText
    let body: FoldedText
    /// Folded attachment names, for `filename:`.
    let filenames: [String]
    let messageID: String?
    let sizeEstimate: Int
    /// Any part with a filename or an `attachment` disposition.
    let hasAttachment: Bool

    init(root: MIMEPart, sizeEstimate: Int) {
        func decodedHeaders(_ name: String) -> FoldedText {
            let lowered = name.lowercased()
            let values = root.headers.filter { $0.name.lowercased() == lowered }.map { EncodedWords.decode($0.value) }
            return FoldedText(values.joined(separator: " , "))
        }
        from = decodedHeaders("From")
        to = decodedHeaders("To")
        cc = decodedHeaders("Cc")
        bcc = decodedHeaders("Bcc")
        subject = decodedHeaders("Subject")
        body = FoldedText(MessageBodyText.allText(of: root).joined(separator: "\n"))
        filenames = root.flattened().map(\.part.filename).filter { !$0.isEmpty }.map(FoldedText.fold)
        messageID = root.header("Message-ID")?.trimmingWhitespace()
        self.sizeEstimate = sizeEstimate
        hasAttachment = root.flattened().contains { MessageBodyText.isAttachment($0.part) }
    }
}
