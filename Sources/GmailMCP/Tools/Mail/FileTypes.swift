/// File types from names and from leading bytes, for attachments Gmail hands over without either.
enum FileTypes {
    /// PDF, PNG, JPEG, GIF and ZIP by their magic numbers (docs/tools.md, Attachment names); nil otherwise.
    static func sniff(_ bytes: some Collection<UInt8>) -> (mimeType: String, fileExtension: String)? {
        let head = Array(bytes.prefix(8))
        func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
        if starts(Array("%PDF-".utf8)) { return ("application/pdf", "pdf") }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return ("image/png", "png") }
        if starts([0xFF, 0xD8, 0xFF]) { return ("image/jpeg", "jpg") }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return ("image/gif", "gif") }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return ("application/zip", "zip") }
        return nil
    }

    private static let byExtension: [String: String] = [
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "svg": "image/svg+xml", "zip": "application/zip", "txt": "text/plain",
        "csv": "text/csv", "html": "text/html", "htm": "text/html", "json": "application/json",
        "xml": "application/xml", "ics": "text/calendar", "eml": "message/rfc822", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "mp3": "audio/mpeg", "mp4": "video/mp4", "gz": "application/gzip", "tar": "application/x-tar",
    ]

    /// The usual MIME type of a file name's extension, if it has a known one.
    static func mimeType(forFilename name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }
}
