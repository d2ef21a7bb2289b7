import LoopbackHTTPServer

/// people.searchContacts and otherContacts.search (reference sections 4.1 and 4.2): up to
/// `pageSize` prefix matches, no paging, `{"results":[{"person":…}]}` or `{}` when nothing
/// matches. An empty query is the warm-up Google asks clients to send first: it is counted
/// and answered `{}`.
enum ContactSearchRoute {
    static func respond(
        _ request: HTTPServerRequest, method: PeopleMethod, scopes: [String], store: inout ContactStore
    ) throws(PeopleFailure) -> GoogleJSON {
        let parameters = try ContactSearchParameters(request, method: method)
        // searchContacts reading other contacts needs their scope as well.
        if method == .searchContacts, parameters.searched.contains(.otherContact),
            !scopes.contains(PeopleMethod.otherContactsReadonly)
        {
            throw .insufficientScopes(method: method, accepted: [PeopleMethod.otherContactsReadonly])
        }
        guard !parameters.queryWords.isEmpty else {
            switch method {
            case .searchOtherContacts: store.otherContactWarmUps += 1
            default: store.contactWarmUps += 1
            }
            return .object([])
        }
        let matches = parameters.searched.flatMap { store.people(in: $0) }
            .filter { ContactMatcher.matches($0, queryWords: parameters.queryWords) }
            .sorted(by: ContactOrder.searchResultPrecedes)
            .prefix(parameters.pageSize)
        guard !matches.isEmpty else { return .object([]) }
        let results = matches.map { GoogleJSON.object([("person", PersonResource.render($0, mask: parameters.mask))]) }
        return .object([("results", .array(results))])
    }
}
