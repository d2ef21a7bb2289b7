/// A contact or other contact of the seeded sandbox account, with the exact values the fake
/// serves for it, so that tests of clients can check what they make of People responses.
public struct SeededPerson: Sendable {
    public let key: String
    /// `people/c…` or `otherContacts/c…` with 19 digits derived from the key, the same on
    /// every run.
    public let resourceName: String
    public let person: FakePerson
}

extension SandboxSeed {
    /// The seeded contacts (at least 12): non-ASCII names in several scripts, people with
    /// several addresses, organizations and phone numbers, one person without a name.
    public static let seededContacts: [SeededPerson] = SeedContacts.contacts.map {
        SeededPerson(
            key: $0.key,
            resourceName: ContactSource.contact.resourcePrefix
                + String(ContactIdentifiers.stableNumber(key: $0.key)), person: $0.person)
    }

    /// The seeded other contacts (at least 8). `other-alice` has `Alice@Example.com`, the
    /// address of contact `alice-example` in another case, for deduplication tests.
    public static let seededOtherContacts: [SeededPerson] = SeedContacts.otherContacts.map {
        SeededPerson(
            key: $0.key,
            resourceName: ContactSource.otherContact.resourcePrefix
                + String(ContactIdentifiers.stableNumber(key: $0.key)), person: $0.person)
    }

    /// The seeded contact or other contact with this key, e.g. `"ann-smith"`.
    public static func seededPerson(_ key: String) -> SeededPerson? {
        (seededContacts + seededOtherContacts).first { $0.key == key }
    }
}

/// Fills a contact store with the seeded people.
enum SeededContacts {
    static func add(into store: inout ContactStore) {
        for entry in SeedContacts.contacts {
            _ = store.add(entry.person, source: .contact, number: ContactIdentifiers.stableNumber(key: entry.key))
        }
        for entry in SeedContacts.otherContacts {
            _ = store.add(
                entry.person, source: .otherContact, number: ContactIdentifiers.stableNumber(key: entry.key))
        }
    }
}
