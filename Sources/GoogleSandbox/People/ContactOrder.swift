import Foundation

/// The orders people are listed in. Search results have no documented order (Google ranks
/// them); the fake sorts them by shown name so tests can rely on it. Connections follow their
/// `sortOrder` (reference section 4.3), ties broken by resourceName so the order is total and
/// page tokens can name a position in it.
enum ContactOrder {
    static func searchResultPrecedes(_ first: StoredPerson, _ second: StoredPerson) -> Bool {
        let keys = (nameKey(first, preferring: nil), nameKey(second, preferring: nil))
        return keys.0 != keys.1 ? keys.0 < keys.1 : first.resourceName < second.resourceName
    }

    /// Names compare folded (case and diacritics ignored); people without the preferred name
    /// part fall back to their shown name, then their first address, and sort after everyone
    /// named.
    static func nameKey(_ stored: StoredPerson, preferring part: KeyPath<FakePerson, String?>?) -> String {
        let person = stored.person
        let preferred = part.flatMap { person[keyPath: $0] }.flatMap { $0.isEmpty ? nil : $0 }
        if let name = preferred ?? person.resolvedDisplayName { return "0" + folded(name) }
        if let email = person.emails.first?.value { return "1" + folded(email) }
        return "2"
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// `sortOrder` of connections.list.
enum ConnectionsSortOrder: String, CaseIterable {
    case lastModifiedAscending = "LAST_MODIFIED_ASCENDING"
    case lastModifiedDescending = "LAST_MODIFIED_DESCENDING"
    case firstNameAscending = "FIRST_NAME_ASCENDING"
    case lastNameAscending = "LAST_NAME_ASCENDING"

    /// Where a person sits in this order: its sort key, then its resourceName.
    struct Position: Equatable {
        let key: String
        let resourceName: String
    }

    func position(of stored: StoredPerson) -> Position {
        let key: String =
            switch self {
            case .lastModifiedAscending, .lastModifiedDescending:
                // Zero-padded milliseconds compare as text in time order.
                String(
                    format: "%020lld", Int64((stored.person.updated.timeIntervalSince1970 * 1000).rounded()) + (1 << 50)
                )
            case .firstNameAscending: ContactOrder.nameKey(stored, preferring: \.givenName)
            case .lastNameAscending: ContactOrder.nameKey(stored, preferring: \.familyName)
            }
        return Position(key: key, resourceName: stored.resourceName)
    }

    func precedes(_ first: Position, _ second: Position) -> Bool {
        if first.key != second.key {
            return self == .lastModifiedDescending ? first.key > second.key : first.key < second.key
        }
        return first.resourceName < second.resourceName
    }

    func sorted(_ people: [StoredPerson]) -> [StoredPerson] {
        people.map { ($0, position(of: $0)) }.sorted { precedes($0.1, $1.1) }.map(\.0)
    }
}
