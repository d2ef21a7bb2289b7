/// Message ids as RFC 5322 3.6.4 writes them, `<id-left@id-right>` with no whitespace
/// inside: a dot-atom on the left, a dot-atom or a no-fold literal on the right.
enum StrictMessageIDParser {
    /// Every id in the value, brackets kept; `single` for Message-ID and Content-ID.
    static func parse(_ value: String, single: Bool) throws(StrictDecodingFailure) -> [String] {
        let tokens = try StrictFieldLexer.tokens(of: Array(value.utf8), grammar: .rfc5322)
        guard !tokens.isEmpty else { throw StrictDecodingFailure("is empty; it must hold a <left@right> id") }
        var ids: [String] = []
        var position = 0
        while position < tokens.count {
            guard tokens[position].isSpecial("<") else {
                throw StrictDecodingFailure(
                    "has \(quotedForReason(tokens[position].text)) where a <left@right> id should start")
            }
            var end = position + 1
            while end < tokens.count, !tokens[end].isSpecial(">") { end += 1 }
            guard end < tokens.count else { throw StrictDecodingFailure("has an id that is never closed with '>'") }
            let inner = tokens[(position + 1)..<end]
            let text = "<" + inner.map(\.text).joined() + ">"
            guard inner.allSatisfy({ !$0.followsSpace }), !tokens[end].followsSpace else {
                throw StrictDecodingFailure("has whitespace or a comment inside the id \(quotedForReason(text))")
            }
            guard isWellFormed(Array(inner)) else {
                throw StrictDecodingFailure(
                    "has the id \(quotedForReason(text)), which is not <dot-atom@dot-atom-or-[literal]> "
                        + "(RFC 5322 3.6.4)")
            }
            ids.append(text)
            position = end + 1
        }
        if single, ids.count > 1 { throw StrictDecodingFailure("holds \(ids.count) ids; it takes exactly one") }
        return ids
    }

    private static func isWellFormed(_ tokens: [StrictFieldToken]) -> Bool {
        guard let at = tokens.firstIndex(where: { $0.isSpecial("@") }) else { return false }
        let left = tokens[..<at]
        let right = tokens[(at + 1)...]
        if right.count == 1, let literal = right.first, literal.kind == .domainLiteral {
            return !literal.text.contains(" ") && !literal.text.contains("\t") && isDotAtom(left)
        }
        return isDotAtom(left) && isDotAtom(right)
    }

    /// atom *("." atom)
    private static func isDotAtom(_ tokens: ArraySlice<StrictFieldToken>) -> Bool {
        guard tokens.count % 2 == 1 else { return false }
        for (offset, token) in tokens.enumerated() {
            let isAtomPlace = offset % 2 == 0
            if isAtomPlace ? token.kind != .atom : !token.isSpecial(".") { return false }
        }
        return true
    }
}
