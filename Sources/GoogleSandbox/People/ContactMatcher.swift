import Foundation

/// searchContacts' and otherContacts.search's matching (reference sections 4.1 and 4.2): a
/// prefix match on words. A person's words are the words of its names, each email address whole
/// and its local part, each phone number's digit groups and all its digits, and (contacts only)
/// the words of organization names and titles. Matching ignores case but not diacritics
/// ("zo" finds Zoë, "zoe" does not).
///
/// A query of several words matches when every query word starts some word of the person, in
/// any order and in any fields ("smith ann" finds Ann Smith). Google documents "foo n" finding
/// "foo name"; whether it also requires the order is not on record, so the fake takes the
/// forgiving reading.
enum ContactMatcher {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive], locale: nil)
    }

    static func queryWords(_ query: String) -> [String] {
        fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    static func matches(_ person: StoredPerson, queryWords: [String]) -> Bool {
        !queryWords.isEmpty
            && queryWords.allSatisfy { query in person.searchWords.contains { $0.hasPrefix(query) } }
    }

    static func words(of person: FakePerson, source: ContactSource) -> [String] {
        var words: [String] = []
        for name in [person.resolvedDisplayName, person.givenName, person.familyName].compactMap({ $0 }) {
            words += splitWords(name)
        }
        for email in person.emails {
            let address = fold(email.value)
            words.append(address)
            if let at = address.firstIndex(of: "@") { words.append(String(address[..<at])) }
        }
        for phone in person.phones {
            words += splitWords(phone.value)
            let digits = phone.value.filter(\.isASCIIDigit)
            if !digits.isEmpty { words += [digits, "+" + digits] }
        }
        if source == .contact {
            for organization in person.organizations {
                words += [organization.name, organization.title].compactMap { $0 }.flatMap(splitWords)
            }
        }
        return Array(Set(words))
    }

    private static func splitWords(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
