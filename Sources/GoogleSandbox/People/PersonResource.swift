import Foundation

/// A stored person as Google's Person resource (reference section 4.5): `resourceName` and
/// `etag` always, then only the masked fields that hold something, in the order of the
/// reference's example. Each field entry carries its own `metadata` (the first one primary),
/// whatever the mask; the `metadata` path adds the person-level metadata with its source.
enum PersonResource {
    static func render(_ stored: StoredPerson, mask: PersonFieldMask) -> GoogleJSON {
        let person = stored.person
        var members: [(String, GoogleJSON)] = [
            ("resourceName", .string(stored.resourceName)), ("etag", .string(stored.etag)),
        ]
        if mask.includes("metadata") { members.append(("metadata", personMetadata(stored))) }
        if mask.includes("names"), person.hasName {
            members.append(("names", .array([name(of: person, metadata: fieldMetadata(stored, index: 0))])))
        }
        if mask.includes("emailAddresses"), !person.emails.isEmpty {
            let entries = person.emails.enumerated().map { index, email in
                entry(metadata: fieldMetadata(stored, index: index), [("value", email.value)], type: email.type)
            }
            members.append(("emailAddresses", .array(entries)))
        }
        if mask.includes("organizations"), !person.organizations.isEmpty {
            let entries = person.organizations.enumerated().map { index, organization in
                organizationEntry(organization, metadata: fieldMetadata(stored, index: index))
            }
            members.append(("organizations", .array(entries)))
        }
        if mask.includes("phoneNumbers"), !person.phones.isEmpty {
            let entries = person.phones.enumerated().map { index, phone in
                entry(
                    metadata: fieldMetadata(stored, index: index),
                    [("value", phone.value), ("canonicalForm", canonicalForm(of: phone.value))], type: phone.type)
            }
            members.append(("phoneNumbers", .array(entries)))
        }
        return .object(members)
    }

    /// E.164 for numbers written with their country code; Google leaves it out when it cannot
    /// tell the country, which the fake approximates by "no leading +".
    static func canonicalForm(of value: String) -> String? {
        guard value.trimmingWhitespace().hasPrefix("+") else { return nil }
        let digits = value.filter(\.isASCIIDigit)
        return digits.isEmpty ? nil : "+" + digits
    }

    /// Google's own capitalization of the standard types; a custom type is shown as given.
    static func formattedType(_ type: String) -> String {
        switch type {
        case "home", "work", "other", "mobile", "main": type.prefix(1).uppercased() + type.dropFirst()
        case "homeFax": "Home Fax"
        case "workFax": "Work Fax"
        default: type
        }
    }

    private static func name(of person: FakePerson, metadata: GoogleJSON) -> GoogleJSON {
        let values: [(String, String?)] = [
            ("displayName", person.resolvedDisplayName), ("familyName", person.familyName),
            ("givenName", person.givenName), ("displayNameLastFirst", person.displayNameLastFirst),
        ]
        return .object([("metadata", metadata)] + present(values))
    }

    private static func organizationEntry(_ organization: FakePerson.Organization, metadata: GoogleJSON) -> GoogleJSON {
        let values = present([("name", organization.name), ("title", organization.title)])
        return .object([("metadata", metadata)] + values + [("current", .bool(organization.current))])
    }

    private static func entry(metadata: GoogleJSON, _ values: [(String, String?)], type: String?) -> GoogleJSON {
        let typed: [(String, String?)] = [("type", type), ("formattedType", type.map(formattedType))]
        return .object([("metadata", metadata)] + present(values + typed))
    }

    private static func present(_ values: [(String, String?)]) -> [(String, GoogleJSON)] {
        values.compactMap { key, value in
            guard let value, !value.isEmpty else { return nil }
            return (key, .string(value))
        }
    }

    private static func source(_ stored: StoredPerson) -> [(String, GoogleJSON)] {
        [("type", .string(stored.source.sourceType)), ("id", .string(stored.sourceID))]
    }

    private static func fieldMetadata(_ stored: StoredPerson, index: Int) -> GoogleJSON {
        let source: (String, GoogleJSON) = ("source", .object(source(stored)))
        guard index == 0 else { return .object([source]) }
        return .object([("primary", .bool(true)), ("sourcePrimary", .bool(true)), source])
    }

    private static func personMetadata(_ stored: StoredPerson) -> GoogleJSON {
        let entry = GoogleJSON.object(
            source(stored) + [
                ("etag", .string(ContactIdentifiers.sourceEtag(number: stored.number, updated: stored.person.updated))),
                ("updateTime", .string(GoogleTimestamp.string(stored.person.updated))),
            ])
        return .object([("sources", .array([entry])), ("objectType", .string("PERSON"))])
    }
}
