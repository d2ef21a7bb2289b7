/// The account's contacts and other contacts, and how often clients warmed up the search
/// caches. Plain data kept in `SandboxState` behind the core's mutex.
struct ContactStore {
    private(set) var contacts: [StoredPerson] = []
    private(set) var otherContacts: [StoredPerson] = []
    /// searchContacts requests with an empty query (reference section 4.1's warm-up).
    var contactWarmUps = 0
    /// otherContacts.search requests with an empty query.
    var otherContactWarmUps = 0

    /// Stores a person and returns its resourceName; `number` is given for seeded people and
    /// drawn at random (never reused) otherwise.
    mutating func add(_ person: FakePerson, source: ContactSource, number requested: UInt64? = nil) -> String {
        var number = requested ?? ContactIdentifiers.randomNumber()
        while requested == nil, people(in: source).contains(where: { $0.number == number }) {
            number = ContactIdentifiers.randomNumber()
        }
        let stored = StoredPerson(person, source: source, number: number)
        switch source {
        case .contact: contacts.append(stored)
        case .otherContact: otherContacts.append(stored)
        }
        return stored.resourceName
    }

    mutating func removeAll() {
        contacts = []
        otherContacts = []
    }

    func people(in source: ContactSource) -> [StoredPerson] {
        switch source {
        case .contact: contacts
        case .otherContact: otherContacts
        }
    }
}
