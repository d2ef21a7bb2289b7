import LoopbackHTTPServer

/// The query parameters of connections.list (reference section 4.3), checked the way Google's
/// front end checks them. Sync tokens are not modeled: `requestSyncToken` and `syncToken` are
/// ignored.
struct ConnectionsParameters {
    static let defaultPageSize = 100
    static let maximumPageSize = 1000
    static let documentation = "https://developers.google.com/people/api/rest/v1/people.connections/list"

    let mask: PersonFieldMask
    let pageSize: Int
    let sortOrder: ConnectionsSortOrder
    /// Everything but the page token, which a token must have been issued for.
    let fingerprint: String
    let cursor: ConnectionsPageToken?

    init(_ request: HTTPServerRequest) throws(PeopleFailure) {
        mask = try PersonFieldMask(
            request.queryValues("personFields").first, parameter: "personFields", documentation: Self.documentation)
        pageSize = try Self.pageSize(request.queryValues("pageSize").first)
        sortOrder = try Self.sortOrder(request.queryValues("sortOrder").first)
        let sources = try ReadSourceType.parse(request.queryValues("sources"))
        // Connections come from contacts (merged with profiles); asking for neither, or for
        // other sources, is refused (wording ours).
        guard sources.isSubset(of: [.contact, .profile]), sources.isEmpty || sources.contains(.contact) else {
            throw .invalidArgument(
                "sources must include READ_SOURCE_TYPE_CONTACT and may add READ_SOURCE_TYPE_PROFILE.")
        }
        let effectiveSources = sources.isEmpty ? [ReadSourceType.contact, .profile] : Array(sources)
        let description = [
            mask.paths.sorted().joined(separator: ","), String(pageSize), sortOrder.rawValue,
            effectiveSources.map(\.rawValue).sorted().joined(separator: ","),
        ].joined(separator: ";")
        fingerprint = MessageIdentifiers.stable(key: description)
        if let token = request.queryValues("pageToken").first, !token.isEmpty {
            cursor = try ConnectionsPageToken(parsing: token, expectedFingerprint: fingerprint)
        } else {
            cursor = nil
        }
    }

    /// 0 or absent is the default (Google: "Defaults to 100 if not set or set to 0").
    private static func pageSize(_ text: String?) throws(PeopleFailure) -> Int {
        guard let text, !text.isEmpty else { return defaultPageSize }
        guard let value = Int32(text) else {
            throw .invalidParameter(field: "page_size", type: "TYPE_INT32", value: text)
        }
        if value == 0 { return defaultPageSize }
        // Wording ours.
        guard (1...Int32(maximumPageSize)).contains(value) else {
            throw .invalidArgument("pageSize must be between 1 and \(maximumPageSize), got \(value).")
        }
        return Int(value)
    }

    private static func sortOrder(_ text: String?) throws(PeopleFailure) -> ConnectionsSortOrder {
        guard let text, !text.isEmpty else { return .lastModifiedAscending }
        guard let order = ConnectionsSortOrder(rawValue: text) else {
            throw .invalidParameter(
                field: "sort_order", type: "type.googleapis.com/google.people.v1.ListConnectionsRequest.SortOrder",
                value: text)
        }
        return order
    }
}
