/// People API v1 JSON as Google sends it (reference: shared/reference/google-apis.md section 4).
/// Only masked fields appear, and any of them may be absent.

/// A Person resource, with the fields the tools read.
public struct Person: Decodable, Sendable, Equatable {
    public var resourceName: String?
    public var names: [Name]?
    public var emailAddresses: [EmailAddress]?
    public var organizations: [Organization]?
    public var phoneNumbers: [PhoneNumber]?

    public struct Name: Decodable, Sendable, Equatable {
        public var displayName: String?
        public var givenName: String?
        public var familyName: String?
    }

    public struct EmailAddress: Decodable, Sendable, Equatable {
        public var value: String?
        public var type: String?
    }

    public struct Organization: Decodable, Sendable, Equatable {
        public var name: String?
        public var title: String?
    }

    public struct PhoneNumber: Decodable, Sendable, Equatable {
        public var value: String?
        public var canonicalForm: String?
    }
}

/// `people:searchContacts` and `otherContacts:search`: `{}` when nothing matches.
struct PeopleSearchResponse: Decodable, Sendable {
    struct Result: Decodable, Sendable {
        var person: Person?
    }

    var results: [Result]?
}

/// `people/me/connections`.
public struct ConnectionsPage: Decodable, Sendable, Equatable {
    public var connections: [Person]?
    public var nextPageToken: String?
    public var totalItems: Int?
    public var totalPeople: Int?
}
