import Foundation
import Gmail
import MIME

/// `person_fields`: People API field names (`emailAddresses`), also accepted in snake_case
/// (`email_addresses`) since every other argument here is snake_case.
enum PersonFields {
    static let defaults = ["names", "emailAddresses", "organizations", "phoneNumbers"]

    /// The field mask values Google accepts for searchContacts, connections and personFields
    /// (reference 4.1).
    static let known: Set<String> = [
        "addresses", "ageRanges", "biographies", "birthdays", "calendarUrls", "clientData", "coverPhotos",
        "emailAddresses", "events", "externalIds", "genders", "imClients", "interests", "locales", "locations",
        "memberships", "metadata", "miscKeywords", "names", "nicknames", "occupations", "organizations",
        "phoneNumbers", "photos", "relations", "sipAddresses", "skills", "urls", "userDefined",
    ]

    static func read(_ arguments: ToolArguments) throws(ToolError) -> [String] {
        guard let given = try arguments.strings("person_fields") else { return defaults }
        var fields: [String] = []
        for name in given {
            let field = camelCase(name.trimmingCharacters(in: .whitespaces))
            guard known.contains(field) else {
                throw .invalidArgument(
                    "'person_fields' has '\(InputExcerpt.make(from: name))', which is not a People API field; use names such as "
                        + defaults.joined(separator: ", "))
            }
            if !fields.contains(field) { fields.append(field) }
        }
        guard !fields.isEmpty else {
            throw .invalidArgument("'person_fields' is empty; leave it out for \(defaults.joined(separator: ", "))")
        }
        return fields
    }

    private static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "_")
        guard let first = words.first else { return name }
        return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
