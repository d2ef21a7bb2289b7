import Foundation

/// The contacts and other contacts behind the fake's People routes, for tests to fill and
/// inspect.
extension FakeGoogle {
    /// Adds a saved contact (source CONTACT) and returns its resourceName, `people/c` and 19
    /// digits.
    @discardableResult
    public func addContact(_ person: FakePerson) -> String {
        core.state.withLock { $0.people.add(person, source: .contact) }
    }

    /// Adds an other contact (source OTHER_CONTACT) and returns its resourceName,
    /// `otherContacts/c` and 19 digits.
    @discardableResult
    public func addOtherContact(_ person: FakePerson) -> String {
        core.state.withLock { $0.people.add(person, source: .otherContact) }
    }

    /// Empties both lists, seeded people included.
    public func removeAllContacts() {
        core.state.withLock { $0.people.removeAll() }
    }

    /// resourceNames of the contacts, in the order they were added.
    public func contactResourceNames() -> [String] {
        core.state.withLock { $0.people.contacts.map(\.resourceName) }
    }

    /// resourceNames of the other contacts, in the order they were added.
    public func otherContactResourceNames() -> [String] {
        core.state.withLock { $0.people.otherContacts.map(\.resourceName) }
    }

    /// searchContacts requests that carried an empty query: the cache warm-up Google asks for.
    public var contactWarmUps: Int { core.state.withLock { $0.people.contactWarmUps } }

    /// otherContacts.search requests that carried an empty query.
    public var otherContactWarmUps: Int { core.state.withLock { $0.people.otherContactWarmUps } }
}
