import LoopbackHTTPServer

/// The query parameters of searchContacts and otherContacts.search (reference sections 4.1
/// and 4.2), checked in the order a client would fix them: query, mask, page size, sources.
struct ContactSearchParameters {
    static let defaultPageSize = 10
    /// Larger sizes are served as 30, not refused.
    static let maximumPageSize = 30

    /// Folded words; empty for the warm-up request.
    let queryWords: [String]
    let mask: PersonFieldMask
    let pageSize: Int
    /// Which lists to search: contacts and/or other contacts.
    let searched: [ContactSource]

    init(_ request: HTTPServerRequest, method: PeopleMethod) throws(PeopleFailure) {
        // Present but empty is the warm-up; absent is a mistake (message ours).
        guard let query = request.queryValues("query").first else {
            throw .invalidArgument("query is required. Send an empty query to warm up the cache.")
        }
        queryWords = ContactMatcher.queryWords(query)
        let isOtherContacts = method == .searchOtherContacts
        mask = try PersonFieldMask(
            request.queryValues("readMask").first, parameter: "readMask",
            documentation: isOtherContacts
                ? "https://developers.google.com/people/api/rest/v1/otherContacts/search"
                : "https://developers.google.com/people/api/rest/v1/people/searchContacts",
            allowed: isOtherContacts ? PersonFieldMask.otherContactPaths : PersonFieldMask.validPaths)
        pageSize = try Self.pageSize(request.queryValues("pageSize").first)
        if isOtherContacts {
            searched = [.otherContact]
        } else {
            // Contacts by default; other contacts only when asked for by name.
            let sources = try ReadSourceType.parse(request.queryValues("sources"))
            var searched: [ContactSource] = sources.isEmpty || sources.contains(.contact) ? [.contact] : []
            if sources.contains(.otherContact) { searched.append(.otherContact) }
            self.searched = searched
        }
    }

    private static func pageSize(_ text: String?) throws(PeopleFailure) -> Int {
        guard let text, !text.isEmpty else { return defaultPageSize }
        guard let value = Int32(text) else {
            throw .invalidParameter(field: "page_size", type: "TYPE_INT32", value: text)
        }
        // Wording ours.
        guard value >= 0 else { throw .invalidArgument("pageSize must not be negative.") }
        // 0 is proto3's "unset": the default applies.
        return value == 0 ? defaultPageSize : min(Int(value), maximumPageSize)
    }
}
