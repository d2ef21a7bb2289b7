/// Checks a caller's `mime_type` against RFC 2045: `type/subtype` tokens, then optional
/// `; attribute=value` parameters (token or quoted-string values). Returns the words of the
/// Content-Type header; the type is lowercased, parameters are kept as given.
enum MediaTypeSyntax {
    static func words(_ mediaType: String, attachment filename: String) throws(ComposeError) -> [String] {
        func refuse(_ why: String) -> ComposeError {
            ComposeError(
                "the mime_type of attachment \"\(filename)\" (\"\(InputExcerpt.make(from: mediaType))\") \(why); give it as "
                    + "type/subtype, e.g. application/pdf, or leave it out to have it guessed from the file name")
        }
        if HeaderTextRules.containsLineBreak(mediaType) { throw refuse("contains a line break") }
        var scanner = Substring(mediaType)[...]
        func skipSpaces() { scanner = scanner.drop { $0 == " " || $0 == "\t" } }
        func token() -> String {
            let run = scanner.utf8.prefix { HeaderTextRules.isTokenCharacter($0) }
            scanner = Substring(scanner.utf8.dropFirst(run.count))
            return String(decoding: run, as: UTF8.self)
        }
        skipSpaces()
        let type = token()
        guard !type.isEmpty, scanner.first == "/" else { throw refuse("is not type/subtype") }
        scanner = scanner.dropFirst()
        let subtype = token()
        guard !subtype.isEmpty else { throw refuse("is not type/subtype") }
        var words = ["\(type.lowercased())/\(subtype.lowercased())"]
        skipSpaces()
        while !scanner.isEmpty {
            guard scanner.first == ";" else { throw refuse("has text after the type that is not a parameter") }
            scanner = scanner.dropFirst()
            skipSpaces()
            if scanner.isEmpty { break }
            let attribute = token()
            guard !attribute.isEmpty, scanner.first == "=" else { throw refuse("has a malformed parameter") }
            scanner = scanner.dropFirst()
            var value: String
            if scanner.first == "\"" {
                guard let close = scanner.dropFirst().firstIndex(of: "\"") else {
                    throw refuse("has an unclosed quote")
                }
                value = String(scanner[...close])
                guard HeaderTextRules.isPrintableASCII(value), !value.dropFirst().dropLast().contains("\\") else {
                    throw refuse("has a parameter value that is not plain ASCII")
                }
                scanner = scanner[scanner.index(after: close)...]
            } else {
                value = token()
                guard !value.isEmpty else { throw refuse("has a parameter without a value") }
            }
            // The composer names the file itself.
            if attribute.lowercased() != "name" { words.append("\(attribute.lowercased())=\(value)") }
            skipSpaces()
        }
        return words
    }
}
