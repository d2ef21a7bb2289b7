/// Splits a query into tokens. Lenient like Gmail's box: an unterminated quote or group runs
/// to the end, and nothing is an error.
struct SearchLexer {
    private let characters: [Character]
    private var index = 0

    init(_ query: String) {
        characters = Array(query)
    }

    static func tokens(of query: String) -> [SearchToken] {
        var lexer = SearchLexer(query)
        var tokens: [SearchToken] = []
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    private mutating func next() -> SearchToken? {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard index < characters.count else { return nil }
        let character = characters[index]
        switch character {
        case "(": index += 1; return .openParenthesis
        case ")": index += 1; return .closeParenthesis
        case "{": index += 1; return .openBrace
        case "}": index += 1; return .closeBrace
        case "\"":
            index += 1
            return .phrase(read(until: "\""))
        case "-" where index + 1 < characters.count && !characters[index + 1].isWhitespace:
            index += 1
            return .negation
        default:
            return bareToken()
        }
    }

    private mutating func bareToken() -> SearchToken {
        let start = index
        while index < characters.count, !characters[index].isWhitespace, !"(){}\"".contains(characters[index]) {
            index += 1
        }
        let text = String(characters[start..<index])
        if text == "OR" || text == "|" { return .or }
        if text == "AND" { return .and }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return .word(text) }
        let name = text[..<colon].lowercased()
        let value = String(text[text.index(after: colon)...])
        if value.isEmpty, index < characters.count {
            if characters[index] == "\"" {
                index += 1
                return .fieldOperator(name: name, value: read(until: "\""), isGroup: false)
            }
            if characters[index] == "(" {
                index += 1
                return .fieldOperator(name: name, value: read(until: ")"), isGroup: true)
            }
        }
        return .fieldOperator(name: name, value: value, isGroup: false)
    }

    /// Everything up to the closing character (consumed), or to the end.
    private mutating func read(until closer: Character) -> String {
        let start = index
        while index < characters.count, characters[index] != closer { index += 1 }
        let text = String(characters[start..<index])
        if index < characters.count { index += 1 }
        return text
    }
}
