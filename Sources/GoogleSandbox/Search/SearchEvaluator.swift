import Foundation

/// Whether a message matches a parsed query.
enum SearchEvaluator {
    static func matches(_ expression: SearchExpression, _ message: StoredMessage) -> Bool {
        switch expression {
        case .everything: true
        case .nothing: false
        case .term(let term): matches(term, message)
        case .not(let inner): !matches(inner, message)
        case .all(let parts): parts.allSatisfy { matches($0, message) }
        case .any(let parts): parts.contains { matches($0, message) }
        }
    }

    private static func matches(_ term: SearchTerm, _ message: StoredMessage) -> Bool {
        let searchable = message.searchable
        switch term {
        case .text(let query):
            return [searchable.subject, searchable.body, searchable.from, searchable.to, searchable.cc]
                .contains { $0.contains(query) }
        case .header(let header, let query):
            switch header {
            case .from: return searchable.from.contains(query)
            case .to: return [searchable.to, searchable.cc, searchable.bcc].contains { $0.contains(query) }
            case .cc: return searchable.cc.contains(query)
            case .bcc: return searchable.bcc.contains(query)
            case .subject: return searchable.subject.contains(query)
            }
        case .hasLabel(let id):
            return message.labelIds.contains(id)
        case .anywhere:
            return true
        case .hasAttachment:
            return searchable.hasAttachment
        case .hasUserLabels:
            return message.labelIds.contains { $0.hasPrefix("Label_") }
        case .filename(let value):
            return searchable.filenames.contains { filenameMatches($0, value) }
        case .messageID(let value):
            return searchable.messageID.map { stripAngles($0) == stripAngles(value) } ?? false
        case .notBefore(let milliseconds):
            return message.internalDate >= milliseconds
        case .before(let milliseconds):
            return message.internalDate < milliseconds
        case .largerThan(let bytes):
            return message.sizeEstimate > bytes
        case .smallerThan(let bytes):
            return message.sizeEstimate < bytes
        }
    }

    /// `filename:pdf` matches by extension, `filename:report.pdf` the whole name, and a word of
    /// the name matches too (`filename:report`).
    private static func filenameMatches(_ filename: String, _ value: String) -> Bool {
        if filename == value { return true }
        if filename.hasSuffix("." + value) { return true }
        let query = FoldedQuery(value)
        return FoldedText(filename).contains(query)
    }

    private static func stripAngles(_ text: String) -> String {
        text.trimmingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
    }
}
