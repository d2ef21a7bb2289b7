import Foundation
import GoogleSandbox

/// People scopes as Google spells them in a grant.
enum PeopleScope {
    static let contacts = "https://www.googleapis.com/auth/contacts"
    static let contactsReadonly = "https://www.googleapis.com/auth/contacts.readonly"
    static let otherContactsReadonly = "https://www.googleapis.com/auth/contacts.other.readonly"
}

/// Small readers for People JSON, written for the tests on their own.
enum PeopleJSON {
    /// The persons of a search response, in order; empty for `{}`.
    static func results(_ json: [String: Any]) -> [[String: Any]] {
        (json["results"] as? [[String: Any]] ?? []).compactMap { $0["person"] as? [String: Any] }
    }

    static func resourceNames(_ people: [[String: Any]]) -> [String] {
        people.compactMap { $0["resourceName"] as? String }
    }

    static func displayNames(_ person: [String: Any]) -> [String] {
        (person["names"] as? [[String: Any]] ?? []).compactMap { $0["displayName"] as? String }
    }

    static func emails(_ person: [String: Any]) -> [String] {
        (person["emailAddresses"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
    }
}

extension GmailTestClient {
    /// searchContacts, the query percent-encoded, answered 200.
    func searchContacts(_ query: String, readMask: String = "names,emailAddresses", extra: String = "")
        async throws -> [[String: Any]]
    {
        PeopleJSON.results(
            try await json("/v1/people:searchContacts?query=\(percentEncoded(query))&readMask=\(readMask)\(extra)"))
    }

    func searchOtherContacts(_ query: String, readMask: String = "names,emailAddresses") async throws
        -> [[String: Any]]
    {
        PeopleJSON.results(
            try await json("/v1/otherContacts:search?query=\(percentEncoded(query))&readMask=\(readMask)"))
    }
}

extension SandboxSeed {
    /// The resourceName of a seeded person, failing loudly on a mistyped key.
    static func resourceName(_ key: String) -> String {
        guard let person = seededPerson(key) else { fatalError("no seeded person \(key)") }
        return person.resourceName
    }
}
