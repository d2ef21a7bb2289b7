/// Header bytes as text. Headers should be ASCII, but raw UTF-8 is common (RFC 6532) and stray
/// Latin-1 bytes happen; every byte sequence must come out as some string.
enum HeaderText {
    static func string(from bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and line breaks at both ends.
    func trimmingWhitespace() -> String {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isWhitespace($0) }),
            let last = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
