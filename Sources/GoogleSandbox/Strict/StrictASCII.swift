/// Byte classes and message wording the strict parser uses throughout.
extension UInt8 {
    /// Visible ASCII, `!` through `~` (RFC 5234 VCHAR).
    var isVisibleASCII: Bool { self >= 0x21 && self <= 0x7E }
    var isWhitespace: Bool { self == 0x20 || self == 0x09 }
    var isUppercaseHexDigit: Bool { (0x30...0x39).contains(self) || (0x41...0x46).contains(self) }

    static let dot = UInt8(ascii: ".")
}

/// A short, printable rendering of some offending text for a violation message.
func quotedForReason<Text: StringProtocol>(_ text: Text, limit: Int = 80) -> String {
    let shown = text.count > limit ? String(text.prefix(limit)) + "…" : String(text)
    return "'" + shown + "'"
}
