/// One comma- or semicolon-separated entry of an address list, taken apart at the marks that nest.
///
/// After scanning, no later step has to track quotes, comments or brackets again: each of them is its own
/// segment, and what is left between them is plain text.
struct AddressListItem: Equatable {
    enum Segment: Equatable {
        /// Anything outside quotes, comments and angle brackets; domain literals (`[…]`) included as written.
        case text(String)
        /// A quoted-string: `raw` as written, quotes and backslashes included; `content` unquoted and unescaped.
        case quoted(raw: String, content: String)
        /// What is between the outer parentheses, escapes removed, inner parentheses kept.
        case comment(String)
        /// What is between `<` and `>`: comments removed, quoted strings kept as written.
        case angle(String)
    }

    let segments: [Segment]
    /// The entry as written (trimmed), quoted in error messages.
    let source: String

    /// Nothing but whitespace, as between the commas of `a@x.com, , b@y.com`.
    var isBlank: Bool {
        segments.allSatisfy { segment in
            if case .text(let text) = segment { return AddressCharacterClass.trimmingWhitespace(text).isEmpty }
            return false
        }
    }
}
