/// Character classes of RFC 5322 and RFC 2045 that decide how a header value must be written.
enum HeaderTextRules {
    /// `atext`: what an atom (a bare word of a display name) may hold.
    static func isAtomText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(byte)
        }
    }

    /// Printable ASCII and space: what may stand in a header as it is.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
    }

    /// Text a reader would show differently if written as it is: it looks like an encoded word,
    /// or its spacing would not survive (leading, trailing or doubled spaces).
    static func needsEncodingToSurvive(_ text: String) -> Bool {
        text.contains("=?") || text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  ")
    }

    /// CR or LF: a header value holding one could end the header and start another (injection).
    static func containsLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0D || $0 == 0x0A }
    }

    /// RFC 2045 `token` characters: printable ASCII without space and tspecials.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && !Array("()<>@,;:\\\"/[]?=".utf8).contains(byte)
    }
}
