/// Attachment names: the sender's, decoded, or a made-up one that says what the part is.
enum AttachmentNaming {
    /// The part's own name, decoded, or nil when it has none.
    ///
    /// Gmail's `filename` field is used when it is non-empty and looks decoded. Gmail decodes
    /// RFC 2231 and RFC 2047 names itself in the common cases, but it has been seen to keep
    /// artifacts (an `utf-8''` prefix when a sender quoted an extended value), so a field that
    /// still contains an encoded word or an RFC 2231 prefix loses to the headers. From the
    /// headers, `Content-Disposition` `filename` beats `Content-Type` `name` (RFC 2183 is the
    /// standard place; `name` is the legacy one); both may carry RFC 2231 or RFC 2047 encoding.
    static func declaredFilename(
        gmailFilename: String?, disposition: MIMEHeaderValue?, contentType: MIMEHeaderValue
    ) -> String? {
        let gmail = gmailFilename.map { $0.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        if let gmail, !looksEncoded(gmail) { return gmail }
        let fromHeaders = [disposition?.parameters["filename"], contentType.parameters["name"]]
            .compactMap { $0 }
            .map { EncodedWords.decode($0).trimmingASCIIWhitespace() }
            .first { !$0.isEmpty }
        if let fromHeaders { return fromHeaders }
        guard let gmail else { return nil }
        if looksLikeRFC2231(gmail) { return RFC2231Parameters.decodeExtended(gmail, hasCharsetPrefix: true) }
        return EncodedWords.decode(gmail)
    }

    /// `attachment.<extension>` (`attachment.bin` for bytes of unknown type), the name the
    /// contract gives a file without one; parts that share it differ in their part id.
    static func defaultFilename(mimeType: String) -> String {
        "attachment.\(fileExtension(for: mimeType))"
    }

    /// `<Subject>.eml` with path separators and control characters replaced, at most 120
    /// characters of subject; `forwarded-message.eml` without a usable subject.
    static func forwardedMessageFilename(subject: String?) -> String {
        let cleaned = (subject ?? "").unicodeScalars.map { scalar -> String in
            if scalar == "/" || scalar == "\\" { return "_" }
            if scalar.properties.generalCategory == .control { return " " }
            return String(scalar)
        }.joined()
        let collapsed = cleaned.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        let stem = String(collapsed.prefix(120)).trimmingASCIIWhitespace()
        return stem.isEmpty ? "forwarded-message.eml" : "\(stem).eml"
    }

    private static func looksEncoded(_ name: String) -> Bool {
        name.contains("=?") || looksLikeRFC2231(name)
    }

    /// `charset'language'rest` with at least one `%XX` escape, e.g. `utf-8''%E2%82%AC.pdf`.
    private static func looksLikeRFC2231(_ name: String) -> Bool {
        let pieces = name.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, !pieces[0].isEmpty,
            pieces[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
        else { return false }
        return pieces[2].contains("%")
    }

    private static func fileExtension(for mimeType: String) -> String {
        if let known = knownExtensions[mimeType] { return known }
        let parts = mimeType.split(separator: "/", maxSplits: 1)
        if parts.first == "text" { return "txt" }
        if parts.count == 2, parts[1].count <= 8, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return String(parts[1])
        }
        return "bin"
    }

    private static let knownExtensions: [String: String] = [
        "text/plain": "txt", "text/html": "html", "text/calendar": "ics", "text/csv": "csv",
        "text/rfc822-headers": "txt", "text/x-vcard": "vcf", "text/vcard": "vcf",
        "image/jpeg": "jpg", "image/jpg": "jpg", "image/pjpeg": "jpg", "image/svg+xml": "svg",
        "image/x-icon": "ico", "application/pdf": "pdf", "application/octet-stream": "bin",
        "application/pgp-signature": "asc", "application/pgp-encrypted": "asc", "application/pgp-keys": "asc",
        "application/pkcs7-signature": "p7s", "application/x-pkcs7-signature": "p7s",
        "application/pkcs7-mime": "p7m", "application/x-pkcs7-mime": "p7m", "application/ics": "ics",
        "application/msword": "doc", "application/vnd.ms-excel": "xls", "application/vnd.ms-powerpoint": "ppt",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
        "application/x-zip-compressed": "zip", "application/gzip": "gz", "application/json": "json",
        "message/rfc822": "eml", "message/global": "eml", "message/delivery-status": "txt",
        "message/disposition-notification": "txt", "message/feedback-report": "txt",
        "audio/mpeg": "mp3", "video/quicktime": "mov",
    ]
}
