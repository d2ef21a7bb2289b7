/// A text/* attachment says which charset its bytes are in (RFC 2046 4.1.2: without one,
/// readers assume US-ASCII). Callers rarely say, so: UTF-8 when the bytes are valid UTF-8;
/// when they are not, the charset is unknown and the file goes as application/octet-stream,
/// which keeps every byte and lies about nothing (the file name still tells its kind).
enum TextAttachmentCharset {
    static func contentTypeWords(_ words: [String], data: [UInt8]) -> [String] {
        guard let type = words.first, type.hasPrefix("text/"),
            !words.dropFirst().contains(where: { $0.hasPrefix("charset=") })
        else { return words }
        if data.allSatisfy({ $0 < 0x80 }) { return words }
        if String(validating: data, as: UTF8.self) != nil { return words + ["charset=UTF-8"] }
        return ["application/octet-stream"]
    }
}
