/// The People API methods the fake serves, with the scopes each accepts (reference sections
/// 4 and 5).
enum PeopleMethod: Sendable {
    case searchContacts, searchOtherContacts, listConnections

    static let contacts = "https://www.googleapis.com/auth/contacts"
    static let contactsReadonly = "https://www.googleapis.com/auth/contacts.readonly"
    static let otherContactsReadonly = "https://www.googleapis.com/auth/contacts.other.readonly"

    var acceptedScopes: [String] {
        switch self {
        case .searchContacts, .listConnections: [Self.contacts, Self.contactsReadonly]
        // Other contacts are readable with their own scope only, not with `contacts`.
        case .searchOtherContacts: [Self.otherContactsReadonly]
        }
    }

    /// The RPC name Google puts in ErrorInfo metadata (shaped like the Gmail ones on record;
    /// the People names themselves are unverified).
    var rpcName: String {
        switch self {
        case .searchContacts: "google.people.v1.PeopleService.SearchContacts"
        case .searchOtherContacts: "google.people.v1.OtherContacts.SearchOtherContacts"
        case .listConnections: "google.people.v1.PeopleService.ListConnections"
        }
    }
}
