import Foundation
import LoopbackHTTPServer

/// Dispatches People API requests, each after the same admission checks, and renders what the
/// method returns as Google's JSON.
enum PeopleRouter {
    /// nil when the request is for none of the People methods the fake serves.
    static func route(
        _ request: HTTPServerRequest, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse? {
        guard let endpoint = PeopleEndpoint(method: request.method, path: request.path) else { return nil }
        do {
            let scopes = try PeopleAuthorization.admit(request, method: endpoint.method, oauth: state.oauth, now: now)
            let body = try respond(to: endpoint, request: request, scopes: scopes, people: &state.people)
            return HTTPServerResponse.json(
                200, body.rendered(), headers: [HeaderField(name: "Vary", value: "Origin, X-Origin, Referer")])
        } catch {
            return error.response
        }
    }

    private static func respond(
        to endpoint: PeopleEndpoint, request: HTTPServerRequest, scopes: [String], people: inout ContactStore
    ) throws(PeopleFailure) -> GoogleJSON {
        switch endpoint {
        case .searchContacts, .searchOtherContacts:
            return try ContactSearchRoute.respond(request, method: endpoint.method, scopes: scopes, store: &people)
        case .listConnections(let resource):
            // Wording ours: only the signed-in user's connections can be listed.
            guard resource == "me" else {
                throw .invalidArgument("Invalid resource name \"people/\(resource)\"; only people/me is supported.")
            }
            return try ConnectionsListRoute.respond(request, store: people)
        }
    }
}
