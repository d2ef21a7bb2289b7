import Foundation

/// The `name:value` operators the fake understands, a useful subset of Gmail's. nil means
/// "not an operator here", and the parser then searches the text as words.
enum SearchOperators {
    static func expression(
        name: String, value: String, isGroup: Bool, now: Date, accountAddress: String
    ) -> SearchExpression? {
        switch name {
        case "from", "to", "cc", "bcc", "subject":
            return header(name, value: value, isGroup: isGroup, accountAddress: accountAddress)
        case "is":
            return flag(value.lowercased())
        case "has":
            switch value.lowercased() {
            case "attachment": return .term(.hasAttachment)
            case "userlabels": return .term(.hasUserLabels)
            case "nouserlabels": return .not(.term(.hasUserLabels))
            default: return nil
            }
        case "label":
            return LabelCatalogue.labelID(forSearchValue: value).map { .term(.hasLabel($0)) } ?? .nothing
        case "in":
            return folder(value.lowercased())
        case "category":
            return category(value.lowercased())
        case "after", "newer":
            return SearchDates.milliseconds(ofDate: value).map { .term(.notBefore($0)) } ?? .nothing
        case "before", "older":
            return SearchDates.milliseconds(ofDate: value).map { .term(.before($0)) } ?? .nothing
        case "newer_than":
            return SearchDates.milliseconds(ofAge: value, now: now).map { .term(.notBefore($0)) } ?? .nothing
        case "older_than":
            return SearchDates.milliseconds(ofAge: value, now: now).map { .term(.before($0)) } ?? .nothing
        case "filename":
            return .term(.filename(FoldedText.fold(value)))
        case "rfc822msgid":
            return .term(.messageID(value))
        case "larger", "size":
            return SearchDates.bytes(ofSize: value).map { .term(.largerThan($0)) } ?? .nothing
        case "smaller":
            return SearchDates.bytes(ofSize: value).map { .term(.smallerThan($0)) } ?? .nothing
        default:
            return nil
        }
    }

    private static func header(_ name: String, value: String, isGroup: Bool, accountAddress: String)
        -> SearchExpression
    {
        let field: SearchHeader =
            switch name {
            case "from": .from
            case "to": .to
            case "cc": .cc
            case "bcc": .bcc
            default: .subject
            }
        // `from:me` and `to:me` name the account.
        let resolved = field != .subject && value.lowercased() == "me" ? accountAddress : value
        let pieces = isGroup ? resolved.split(whereSeparator: \.isWhitespace).map(String.init) : [resolved]
        let terms = pieces.map(FoldedQuery.init).filter { !$0.words.isEmpty || $0.isUnsegmentedScript }
            .map { SearchExpression.term(.header(field, $0)) }
        switch terms.count {
        case 0: return .everything
        case 1: return terms[0]
        default: return .all(terms)
        }
    }

    private static func flag(_ value: String) -> SearchExpression? {
        switch value {
        case "unread": .term(.hasLabel("UNREAD"))
        case "read": .not(.term(.hasLabel("UNREAD")))
        case "starred": .term(.hasLabel("STARRED"))
        case "important": .term(.hasLabel("IMPORTANT"))
        default: nil
        }
    }

    private static func folder(_ value: String) -> SearchExpression? {
        switch value {
        case "inbox": .term(.hasLabel("INBOX"))
        case "sent": .term(.hasLabel("SENT"))
        case "spam": .term(.hasLabel("SPAM"))
        case "trash": .term(.hasLabel("TRASH"))
        case "draft", "drafts": .term(.hasLabel("DRAFT"))
        case "starred": .term(.hasLabel("STARRED"))
        case "important": .term(.hasLabel("IMPORTANT"))
        case "chats": .term(.hasLabel("CHAT"))
        case "anywhere": .term(.anywhere)
        default: LabelCatalogue.labelID(forSearchValue: value).map { .term(.hasLabel($0)) }
        }
    }

    private static func category(_ value: String) -> SearchExpression {
        let labels = [
            "primary": "CATEGORY_PERSONAL", "personal": "CATEGORY_PERSONAL", "social": "CATEGORY_SOCIAL",
            "promotions": "CATEGORY_PROMOTIONS", "updates": "CATEGORY_UPDATES", "forums": "CATEGORY_FORUMS",
        ]
        return labels[value].map { .term(.hasLabel($0)) } ?? .nothing
    }
}
