/// A parsed Gmail query.
indirect enum SearchExpression: Sendable {
    case everything
    case nothing
    case term(SearchTerm)
    case not(SearchExpression)
    case all([SearchExpression])
    case any([SearchExpression])

    /// Whether the query asks for spam or trash by name, outside any negation; Gmail then
    /// includes those messages without `includeSpamTrash`.
    var namesSpamOrTrash: Bool {
        switch self {
        case .term(let term): term.namesSpamOrTrash
        case .all(let parts), .any(let parts): parts.contains { $0.namesSpamOrTrash }
        case .everything, .nothing, .not: false
        }
    }
}

/// One condition of a query.
enum SearchTerm: Sendable {
    /// Words or a phrase in the subject, body, sender or recipients.
    case text(FoldedQuery)
    case header(SearchHeader, FoldedQuery)
    case hasLabel(String)
    /// `in:anywhere`: no restriction, spam and trash included.
    case anywhere
    case hasAttachment
    case hasUserLabels
    case filename(String)
    case messageID(String)
    /// Epoch milliseconds: internalDate at or after this.
    case notBefore(Int64)
    /// Epoch milliseconds: internalDate strictly before this.
    case before(Int64)
    case largerThan(Int)
    case smallerThan(Int)

    var namesSpamOrTrash: Bool {
        switch self {
        case .hasLabel(let id): id == "SPAM" || id == "TRASH"
        case .anywhere: true
        default: false
        }
    }
}

enum SearchHeader: Sendable {
    case from, to, cc, bcc, subject
}
