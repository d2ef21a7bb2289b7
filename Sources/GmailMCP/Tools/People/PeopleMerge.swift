import Gmail
import MIME
import MCP

/// Contacts first, then other contacts, dropping anyone whose address (any case) was already
/// listed: an agent resolving "Alice" to an address needs each person once.
enum PeopleMerge {
    static func merge(
        _ sources: [(PeopleClient.SearchSource, [Person])], limit: Int
    ) -> [[String: Value]] {
        var seen: Set<String> = []
        var merged: [[String: Value]] = []
        for (source, people) in sources {
            for person in people {
                let addresses = PersonShape.emailAddresses(of: person).map { $0.lowercased() }
                if addresses.contains(where: seen.contains) { continue }
                seen.formUnion(addresses)
                merged.append(PersonShape.person(person, source: source))
                if merged.count == limit { return merged }
            }
        }
        return merged
    }
}
