/// The short, escaped piece of user input an error message quotes (addresses, file names,
/// message ids).
///
/// Error texts travel back to an LLM and into logs, so they must never carry the raw line breaks or
/// control characters that caused the error in the first place.
public enum InputExcerpt {
    static let maximumLength = 80

    /// The start of `text`, escaped.
    public static func make(from text: String) -> String {
        make(from: text, around: 0)
    }

    /// At most about `maximumLength` characters of `text`, centered on the Unicode scalar at offset `focus`
    /// (so that a line break deep inside a long list is still visible), with "…" where it was cut.
    static func make(from text: String, around focus: Int) -> String {
        let pieces = text.unicodeScalars.map(escaped)
        guard pieces.count > maximumLength else { return pieces.joined() }
        let window = maximumLength - 2  // room for an ellipsis on each side
        let start = max(0, min(focus - window / 2, pieces.count - window))
        let end = min(pieces.count, start + window)
        let head = start > 0 ? "…" : ""
        let tail = end < pieces.count ? "…" : ""
        return head + pieces[start..<end].joined() + tail
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\r": return "\\r"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case _ where scalar.properties.generalCategory == .control || AddressCharacterClass.isLineBreak(scalar):
            return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: return String(scalar)
        }
    }
}
