import Gmail
import MIME
import MCP

/// A Person flattened to the contract's fields: display names, addresses, organizations and
/// phone numbers as plain values, with the source it came from.
enum PersonShape {
    static func person(_ person: Person, source: PeopleClient.SearchSource) -> [String: Value] {
        var result: [String: Value] = [
            "source": .string(source.rawValue),
            "names": .array(names(of: person).map { .string($0) }),
            "email_addresses": .array(emailAddresses(of: person).map { .string($0) }),
            "organizations": .array(
                (person.organizations ?? []).map { organization in
                    var item: [String: Value] = [:]
                    if let name = organization.name { item["name"] = .string(name) }
                    if let title = organization.title { item["title"] = .string(title) }
                    return .object(item)
                }),
            "phone_numbers": .array((person.phoneNumbers ?? []).compactMap { $0.value.map { .string($0) } }),
        ]
        if let resourceName = person.resourceName { result["resource_name"] = .string(resourceName) }
        return result
    }

    /// `displayName`, else the given and family names joined.
    static func names(of person: Person) -> [String] {
        (person.names ?? []).compactMap { name in
            if let display = name.displayName, !display.isEmpty { return display }
            let joined = [name.givenName, name.familyName].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " ")
            return joined.isEmpty ? nil : joined
        }
    }

    static func emailAddresses(of person: Person) -> [String] {
        (person.emailAddresses ?? []).compactMap { $0.value }.filter { !$0.isEmpty }
    }

    static let schema = JSONSchema.object(
        [
            "resource_name": JSONSchema.string("People API resource name (people/c… or otherContacts/c…)."),
            "source": JSONSchema.string(
                "contacts (saved contacts) or other_contacts (people the user emailed but never saved).",
                enumValues: ["contacts", "other_contacts"]),
            "names": JSONSchema.array(of: JSONSchema.string("A display name."), "Display names."),
            "email_addresses": JSONSchema.array(of: JSONSchema.string("An address."), "Email addresses."),
            "organizations": JSONSchema.array(
                of: JSONSchema.object(
                    [
                        "name": JSONSchema.string("Organization name."),
                        "title": JSONSchema.string("Job title."),
                    ]), "Organizations."),
            "phone_numbers": JSONSchema.array(of: JSONSchema.string("A number, as given."), "Phone numbers."),
        ], required: ["source", "names", "email_addresses", "organizations", "phone_numbers"])
}
