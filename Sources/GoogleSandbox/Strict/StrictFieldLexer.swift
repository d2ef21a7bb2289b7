/// One lexical token of a structured header field, after comments and folding whitespace.
struct StrictFieldToken {
    enum Kind: Equatable { case atom, quotedString, domainLiteral, special }

    let kind: Kind
    /// An atom as written; a quoted string's content with its quoting removed; a domain
    /// literal with its brackets; a special as its one character.
    let text: String
    /// Where the token sits in the field value, in bytes, quotes and brackets included.
    let range: Range<Int>
    /// Whether whitespace or a comment comes right before it.
    let followsSpace: Bool

    func isSpecial(_ character: Character) -> Bool {
        kind == .special && text == String(character)
    }
}

/// Splits a structured field value into tokens, dropping comments and whitespace (RFC 5322
/// 3.2, RFC 2045 5.1). Two grammars share the machinery: RFC 5322's atoms and specials for
/// addresses, message ids and dates, and MIME's tokens and tspecials for Content-* fields.
/// Values are already known to be visible ASCII and whitespace.
enum StrictFieldLexer {
    enum Grammar { case rfc5322, mime }

    static func tokens(of value: [UInt8], grammar: Grammar) throws(StrictDecodingFailure) -> [StrictFieldToken] {
        var tokens: [StrictFieldToken] = []
        var index = 0
        var sawSpace = false
        while index < value.count {
            let byte = value[index]
            if byte.isWhitespace {
                sawSpace = true
                index += 1
            } else if byte == UInt8(ascii: "(") {
                index = try commentEnd(value, from: index)
                sawSpace = true
            } else if byte == UInt8(ascii: "\"") {
                let (content, end) = try quotedString(value, from: index)
                tokens.append(
                    StrictFieldToken(kind: .quotedString, text: content, range: index..<end, followsSpace: sawSpace))
                index = end
                sawSpace = false
            } else if grammar == .rfc5322, byte == UInt8(ascii: "[") {
                let end = try domainLiteralEnd(value, from: index)
                let text = String(decoding: value[index..<end], as: UTF8.self)
                tokens.append(
                    StrictFieldToken(kind: .domainLiteral, text: text, range: index..<end, followsSpace: sawSpace))
                index = end
                sawSpace = false
            } else if isAtomCharacter(byte, grammar: grammar) {
                var end = index
                while end < value.count, isAtomCharacter(value[end], grammar: grammar) { end += 1 }
                let text = String(decoding: value[index..<end], as: UTF8.self)
                tokens.append(StrictFieldToken(kind: .atom, text: text, range: index..<end, followsSpace: sawSpace))
                index = end
                sawSpace = false
            } else if byte == UInt8(ascii: ")") {
                throw StrictDecodingFailure("has a ')' that closes no comment")
            } else {
                let text = String(UnicodeScalar(byte))
                tokens.append(
                    StrictFieldToken(kind: .special, text: text, range: index..<(index + 1), followsSpace: sawSpace))
                index += 1
                sawSpace = false
            }
        }
        return tokens
    }

    /// RFC 5322 atext, or an RFC 2045 token character.
    static func isAtomCharacter(_ byte: UInt8, grammar: Grammar) -> Bool {
        guard byte.isVisibleASCII else { return false }
        switch grammar {
        case .rfc5322: return !"()<>[]:;@\\,.\"".utf8.contains(byte)
        case .mime: return !"()<>@,;:\\\"/[]?=".utf8.contains(byte)
        }
    }

    /// Just past the comment that opens at `start`; comments nest (RFC 5322 3.2.2).
    private static func commentEnd(_ value: [UInt8], from start: Int) throws(StrictDecodingFailure) -> Int {
        var depth = 0
        var index = start
        while index < value.count {
            switch value[index] {
            case UInt8(ascii: "\\"):
                guard index + 1 < value.count, value[index + 1].isVisibleASCII || value[index + 1].isWhitespace else {
                    throw StrictDecodingFailure("has a '\\' that escapes nothing inside a comment")
                }
                index += 2
                continue
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        throw StrictDecodingFailure("has a comment that is never closed with ')'")
    }

    /// The unescaped content and the end of the quoted string opening at `start`.
    private static func quotedString(
        _ value: [UInt8], from start: Int
    ) throws(StrictDecodingFailure) -> (String, Int) {
        var content: [UInt8] = []
        var index = start + 1
        while index < value.count {
            let byte = value[index]
            if byte == UInt8(ascii: "\"") { return (String(decoding: content, as: UTF8.self), index + 1) }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < value.count, value[index + 1].isVisibleASCII || value[index + 1].isWhitespace else {
                    throw StrictDecodingFailure("has a '\\' that escapes nothing inside a quoted string")
                }
                content.append(value[index + 1])
                index += 2
                continue
            }
            content.append(byte)
            index += 1
        }
        throw StrictDecodingFailure("has a quoted string that is never closed with '\"'")
    }

    private static func domainLiteralEnd(_ value: [UInt8], from start: Int) throws(StrictDecodingFailure) -> Int {
        var index = start + 1
        while index < value.count {
            let byte = value[index]
            if byte == UInt8(ascii: "]") { return index + 1 }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\\") {
                throw StrictDecodingFailure("has a '\(UnicodeScalar(byte))' inside a domain literal")
            }
            index += 1
        }
        throw StrictDecodingFailure("has a domain literal that is never closed with ']'")
    }
}
