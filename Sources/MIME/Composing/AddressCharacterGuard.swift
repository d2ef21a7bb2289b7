/// The first check on any address input: line breaks and control characters are refused before any parsing.
///
/// A CR or LF that reached a header would let the sender add headers of their own (header injection).
/// The input is never "cleaned": silently dropping a break could turn `a@x.com\r\nBcc: c@y.com` into
/// something that still looks plausible, so the whole input is refused instead.
enum AddressCharacterGuard {
    static func check(_ text: String) throws(AddressInputError) {
        let scalars = Array(text.unicodeScalars)
        if let offset = scalars.firstIndex(where: AddressCharacterClass.isLineBreak) {
            throw AddressInputError(.lineBreak, offending: text, focus: offset) {
                "\($0) contains a line break, which is never allowed in an address: put the whole list on one "
                    + "line and separate addresses with commas."
            }
        }
        if let offset = scalars.firstIndex(where: AddressCharacterClass.isControl) {
            let name =
                scalars[offset] == "\t" ? "a tab (U+0009)" : "the control character \(codePoint(scalars[offset]))"
            throw AddressInputError(.controlCharacter, offending: text, focus: offset) {
                "\($0) contains \(name), which is not allowed in an address: remove it or use a plain space."
            }
        }
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
