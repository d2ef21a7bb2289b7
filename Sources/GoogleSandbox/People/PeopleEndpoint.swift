/// A request to one of the People methods the fake serves (reference section 4).
enum PeopleEndpoint: Equatable {
    case searchContacts
    case searchOtherContacts
    /// `resource` is what stands between `people/` and `/connections`; only `me` is valid.
    case listConnections(resource: String)

    /// nil for anything else, which the router answers with Google's unknown-URL 404.
    init?(method: String, path: String) {
        guard method == "GET" else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { PathSegment.decode($0) }
        guard segments.first == "v1" else { return nil }
        switch Array(segments.dropFirst()) {
        case ["people:searchContacts"]: self = .searchContacts
        case ["otherContacts:search"]: self = .searchOtherContacts
        case let rest where rest.count == 3 && rest[0] == "people" && rest[2] == "connections":
            self = .listConnections(resource: rest[1])
        default: return nil
        }
    }

    var method: PeopleMethod {
        switch self {
        case .searchContacts: .searchContacts
        case .searchOtherContacts: .searchOtherContacts
        case .listConnections: .listConnections
        }
    }

    /// The key `FakeGoogle.requests(_:)` counts under; connections of any resource count as
    /// `people/me`'s, as Gmail paths count under `me`.
    var routeKey: String {
        switch self {
        case .searchContacts: "GET /v1/people:searchContacts"
        case .searchOtherContacts: "GET /v1/otherContacts:search"
        case .listConnections: "GET /v1/people/me/connections"
        }
    }
}
