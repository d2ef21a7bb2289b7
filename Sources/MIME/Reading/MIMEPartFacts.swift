/// What the reader needs to know about one part, derived once from Gmail's fields and the
/// part's own headers.
struct MIMEPartFacts {
    let part: MIMEPart
    /// Lowercased `type/subtype`: Gmail's `mimeType`, else the `Content-Type` header, else the
    /// RFC 2045/2046 default for the context (text/plain, or message/rfc822 in a digest).
    let mimeType: String
    let contentType: MIMEHeaderValue
    /// `inline`, `attachment`, another token, or nil without a `Content-Disposition` header.
    let disposition: String?
    /// The sender's decoded name for the part, if it has one (`AttachmentNaming`).
    let filename: String?
    let contentID: String?

    init(_ part: MIMEPart, defaultMIMEType: String = "text/plain") {
        self.part = part
        let contentType = MIMEHeaderValue.parse(Self.header("Content-Type", in: part) ?? "")
        let dispositionHeader = Self.header("Content-Disposition", in: part).map(MIMEHeaderValue.parse)
        self.contentType = contentType
        self.disposition = dispositionHeader.map(\.value).flatMap { $0.isEmpty ? nil : $0 }

        let declared = (part.mimeType ?? "").trimmingASCIIWhitespace().lowercased()
        if declared.contains("/") {
            mimeType = declared
        } else if contentType.value.contains("/") {
            mimeType = contentType.value
        } else {
            mimeType = defaultMIMEType
        }
        filename = AttachmentNaming.declaredFilename(
            gmailFilename: part.filename, disposition: dispositionHeader, contentType: contentType)
        contentID = Self.header("Content-ID", in: part).map(Self.strippingAngleBrackets)
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    var charset: String? { contentType.parameters["charset"] }
    var isMultipart: Bool { mimeType.hasPrefix("multipart/") }
    /// "alternative" for multipart/alternative; "" for anything that is not multipart.
    var multipartSubtype: String { isMultipart ? String(mimeType.dropFirst("multipart/".count)) : "" }
    /// An embedded message (forwarded as attachment, bounced original, digest entry).
    var isEmbeddedMessage: Bool { mimeType == "message/rfc822" || mimeType == "message/global" }
    var isBodyTextType: Bool { mimeType == "text/plain" || mimeType == "text/html" }
    var hasAttachmentDisposition: Bool { disposition == "attachment" }
    var children: [MIMEPart] { part.children }
    var partID: String { part.partID }

    static func header(_ name: String, in part: MIMEPart) -> String? {
        part.headers.first { $0.name.equalsIgnoringASCIICase(name) }?.value
    }

    static func strippingAngleBrackets(_ value: String) -> String {
        var text = Substring(value.trimmingASCIIWhitespace())
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        return String(text).trimmingASCIIWhitespace()
    }
}
