/// The pieces of a Gmail search query.
enum SearchToken: Equatable {
    case openParenthesis, closeParenthesis, openBrace, closeBrace
    case or, and
    /// A `-` glued to the next token.
    case negation
    case word(String)
    case phrase(String)
    /// `name:value`; `value` holds the words of `name:(a b)` joined by spaces, and `isGroup`
    /// says so.
    case fieldOperator(name: String, value: String, isGroup: Bool)
}
