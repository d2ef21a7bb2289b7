import Foundation
import GoogleAuth
import HTTP

/// Typed calls to the People API v1: contact search, other-contact search (people the user
/// emailed but never saved) and the connections list.
public struct PeopleClient: Sendable {
    /// Where a search looks, each with its endpoint, the fields it may return and its scope.
    public enum SearchSource: String, Sendable, Hashable {
        case contacts, otherContacts = "other_contacts"

        var path: String { self == .contacts ? "/v1/people:searchContacts" : "/v1/otherContacts:search" }

        public var requiredScope: String {
            self == .contacts ? GoogleScopes.contactsReadonly : GoogleScopes.otherContactsReadonly
        }

        /// Other contacts accept only these in their read mask (reference 4.2); asking for more
        /// is a 400, so the mask is cut to them.
        static let otherContactFields: Set<String> = ["emailAddresses", "metadata", "names", "phoneNumbers"]

        func readMask(_ fields: [String]) -> [String] {
            self == .contacts ? fields : fields.filter(Self.otherContactFields.contains)
        }
    }

    /// Google caps search page sizes at 30.
    public static let largestSearchPage = 30

    let caller: GoogleAPICaller
    private let root: String
    private let warmUp = PeopleWarmUp()

    public init(http: HTTPClient, tokens: TokenProvider, peopleURL: String) {
        self.caller = GoogleAPICaller(http: http, tokens: tokens, service: "People API")
        self.root = peopleURL
    }

    /// Prefix search in one source; sends the warm-up first when this process has not yet.
    public func search(_ source: SearchSource, query: String, pageSize: Int, fields: [String]) async throws
        -> [Person]
    {
        let mask = source.readMask(fields)
        let client = self
        try await warmUp.ensure(source) {
            _ = try await client.searchRequest(source, query: "", pageSize: 1, mask: mask)
        }
        return try await searchRequest(source, query: query, pageSize: pageSize, mask: mask)
    }

    /// `people/me/connections`, one page.
    public func connections(pageSize: Int, pageToken: String?, fields: [String], sortOrder: String?) async throws
        -> ConnectionsPage
    {
        var parameters = [("personFields", fields.joined(separator: ",")), ("pageSize", String(pageSize))]
        if let pageToken, !pageToken.isEmpty { parameters.append(("pageToken", pageToken)) }
        if let sortOrder { parameters.append(("sortOrder", sortOrder)) }
        let request = HTTPClient.Request(
            url: root + "/v1/people/me/connections?" + FormURLEncoding.encode(parameters))
        return try await caller.json(
            ConnectionsPage.self, request, subject: "the contact list", requiredScope: GoogleScopes.contactsReadonly)
    }

    private func searchRequest(_ source: SearchSource, query: String, pageSize: Int, mask: [String]) async throws
        -> [Person]
    {
        let parameters = [
            ("query", query), ("readMask", mask.joined(separator: ",")),
            ("pageSize", String(min(pageSize, Self.largestSearchPage))),
        ]
        let request = HTTPClient.Request(url: root + source.path + "?" + FormURLEncoding.encode(parameters))
        let answer = try await caller.json(
            PeopleSearchResponse.self, request,
            subject: source == .contacts ? "the contact search" : "the other-contacts search",
            requiredScope: source.requiredScope)
        return (answer.results ?? []).compactMap(\.person)
    }
}
