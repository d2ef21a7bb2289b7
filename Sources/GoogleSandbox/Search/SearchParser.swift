import Foundation

/// Turns a Gmail query into a `SearchExpression`. Juxtaposed terms must all hold, `OR` (or
/// `{a b}`) wants any, a leading `-` negates, parentheses group. Gmail never rejects a query, so
/// neither does this: stray parentheses are skipped and unknown operators are searched as text.
struct SearchParser {
    private let tokens: [SearchToken]
    private var position = 0
    private let now: Date
    private let accountAddress: String

    static func parse(_ query: String, now: Date, accountAddress: String) -> SearchExpression {
        var parser = SearchParser(tokens: SearchLexer.tokens(of: query), now: now, accountAddress: accountAddress)
        var parts: [SearchExpression] = []
        while parser.position < parser.tokens.count {
            if let expression = parser.parseSequence(closer: nil) { parts.append(expression) }
            // Only a stray closer stops a top-level sequence; step over it.
            if parser.position < parser.tokens.count { parser.position += 1 }
        }
        return combineAll(parts)
    }

    private init(tokens: [SearchToken], now: Date, accountAddress: String) {
        self.tokens = tokens
        self.now = now
        self.accountAddress = accountAddress
    }

    private var current: SearchToken? { position < tokens.count ? tokens[position] : nil }

    /// Terms up to `closer` (consumed) or the end; nil when there were none.
    private mutating func parseSequence(closer: SearchToken?) -> SearchExpression? {
        var parts: [SearchExpression] = []
        while let token = current {
            if let closer, token == closer {
                position += 1
                break
            }
            if token == .closeParenthesis || token == .closeBrace { break }
            if token == .and || token == .or {
                position += 1  // AND is the default; a dangling OR joins nothing
                continue
            }
            if let expression = parseDisjunction() { parts.append(expression) }
        }
        return parts.isEmpty ? nil : Self.combineAll(parts)
    }

    private mutating func parseDisjunction() -> SearchExpression? {
        var alternatives: [SearchExpression] = []
        if let first = parseUnary() { alternatives.append(first) }
        while current == .or {
            position += 1
            if let next = parseUnary() { alternatives.append(next) }
        }
        if alternatives.isEmpty { return nil }
        return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
    }

    private mutating func parseUnary() -> SearchExpression? {
        guard let token = current else { return nil }
        switch token {
        case .negation:
            position += 1
            return parseUnary().map { .not($0) }
        case .openParenthesis:
            position += 1
            return parseSequence(closer: .closeParenthesis) ?? .everything
        case .openBrace:
            position += 1
            var alternatives: [SearchExpression] = []
            while let inner = current, inner != .closeBrace, inner != .closeParenthesis {
                if inner == .or || inner == .and {
                    position += 1
                    continue
                }
                if let expression = parseUnary() { alternatives.append(expression) }
            }
            if current == .closeBrace { position += 1 }
            return alternatives.isEmpty ? .everything : .any(alternatives)
        case .word(let text), .phrase(let text):
            position += 1
            return textTerm(text)
        case .fieldOperator(let name, let value, let isGroup):
            position += 1
            return SearchOperators.expression(
                name: name, value: value, isGroup: isGroup, now: now, accountAddress: accountAddress)
                ?? textTerm("\(name) \(value)")
        case .closeParenthesis, .closeBrace, .or, .and:
            return nil
        }
    }

    /// A word with nothing searchable in it (`!!`) restricts nothing, as in Gmail's box.
    private func textTerm(_ text: String) -> SearchExpression {
        let query = FoldedQuery(text)
        guard !query.words.isEmpty || query.isUnsegmentedScript else { return .everything }
        return .term(.text(query))
    }

    private static func combineAll(_ parts: [SearchExpression]) -> SearchExpression {
        switch parts.count {
        case 0: .everything
        case 1: parts[0]
        default: .all(parts)
        }
    }
}
