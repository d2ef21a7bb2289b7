/// Decoding of `application/x-www-form-urlencoded` text, shared by query strings and form bodies.
enum FormURLEncoding {
    /// Splits `a=1&b=2` into ordered pairs; a piece without `=` has an empty value, and empty
    /// pieces (`a=1&&b=2`) are skipped, as browsers and Google's front end do.
    static func decodePairs(_ text: Substring) -> [HeaderField] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            if let equals = piece.firstIndex(of: "=") {
                return HeaderField(
                    name: decodeComponent(piece[..<equals]),
                    value: decodeComponent(piece[piece.index(after: equals)...])
                )
            }
            return HeaderField(name: decodeComponent(piece), value: "")
        }
    }

    /// `+` becomes a space and `%XX` a byte.
    static func decodeComponent(_ text: Substring) -> String {
        String(decoding: PercentDecoding.bytes(text, plusAsSpace: true), as: UTF8.self)
    }
}
