import LoopbackHTTPServer

/// Sends each request to the route that owns its path.
enum SandboxRouter {
    /// `"METHOD /path"`, the key `FakeGoogle.requests(_:)` counts under; Gmail method paths
    /// are normalized (`GET /gmail/v1/users/me/messages/{id}`), batches count as
    /// `POST /batch/gmail/v1`.
    static func routeKey(of request: HTTPServerRequest) -> String {
        if let endpoint = GmailEndpoint(method: request.method, path: request.path) { return endpoint.routeKey }
        if let endpoint = PeopleEndpoint(method: request.method, path: request.path) { return endpoint.routeKey }
        if request.method == "POST", BatchRoute.paths.contains(request.path) { return "POST /batch/gmail/v1" }
        return "\(request.method) \(request.path)"
    }

    static func route(
        _ request: HTTPServerRequest, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse {
        if request.path == TokenEndpoint.path { return TokenEndpoint.handle(request, oauth: &state.oauth, now: now) }
        if BatchRoute.paths.contains(request.path) { return BatchRoute.handle(request, state: &state, now: now) }
        return GmailRouter.route(request, state: &state, now: now)
            ?? PeopleRouter.route(request, state: &state, now: now)
            ?? GoogleErrorResponses.unknownRoute(path: request.path)
    }
}
