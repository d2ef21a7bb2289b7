import LoopbackHTTPServer

/// people.connections.list (reference section 4.3): the account's contacts in `sortOrder`,
/// paged; `connections` and `nextPageToken` absent when there is nothing (more) to show,
/// `totalItems` and `totalPeople` (deprecated, same value) counting every contact.
enum ConnectionsListRoute {
    static func respond(_ request: HTTPServerRequest, store: ContactStore) throws(PeopleFailure) -> GoogleJSON {
        let parameters = try ConnectionsParameters(request)
        let order = parameters.sortOrder
        let everyone = order.sorted(store.contacts)
        let remaining =
            parameters.cursor.map { cursor in
                everyone.filter { order.precedes(cursor.position, order.position(of: $0)) }
            } ?? everyone
        let page = remaining.prefix(parameters.pageSize)

        var members: [(String, GoogleJSON)] = []
        if !page.isEmpty {
            members.append(("connections", .array(page.map { PersonResource.render($0, mask: parameters.mask) })))
        }
        if remaining.count > page.count, let last = page.last {
            let token = ConnectionsPageToken(fingerprint: parameters.fingerprint, position: order.position(of: last))
            members.append(("nextPageToken", .string(token.text)))
        }
        members.append(("totalItems", .integer(everyone.count)))
        members.append(("totalPeople", .integer(everyone.count)))
        return .object(members)
    }
}
