/// The character classes that address syntax is built from (RFC 5322 atext, RFC 1035 labels), plus the
/// breaks and controls that are refused outright. Address syntax is ASCII by definition, so none of these
/// depend on locale.
enum AddressCharacterClass {
    /// CR and LF can inject headers; NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are refused with them
    /// because some software treats them as line ends too.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// C0 controls (tab included), DEL and C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return false
        }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// RFC 5322 atext: what a dot-atom local part is made of, besides its dots.
    static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetterOrDigit(scalar) || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// Space through tilde: what a quoted local part may hold.
    static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Without leading and trailing whitespace (Unicode-aware: a pasted no-break space counts).
    static func trimmingWhitespace(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
