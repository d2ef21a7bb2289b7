import Foundation

/// One person held by the fake: what the test described, where it lives, and what search
/// looks at, folded once when stored.
struct StoredPerson: Sendable {
    let source: ContactSource
    let number: UInt64
    let person: FakePerson
    let etag: String
    let searchWords: [String]

    init(_ person: FakePerson, source: ContactSource, number: UInt64) {
        self.source = source
        self.number = number
        self.person = person
        etag = ContactIdentifiers.personEtag(number: number, updated: person.updated)
        searchWords = ContactMatcher.words(of: person, source: source)
    }

    var resourceName: String { source.resourcePrefix + String(number) }
    var sourceID: String { ContactIdentifiers.sourceID(of: number) }
}
