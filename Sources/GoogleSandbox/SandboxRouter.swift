import LoopbackHTTPServer

/// Sends each request to the route that owns its path. Gmail and People routes join here.
enum SandboxRouter {
    /// `"METHOD /path"`, the key `FakeGoogle.requests(_:)` counts under.
    static func routeKey(of request: HTTPServerRequest) -> String {
        "\(request.method) \(request.path)"
    }

    static func route(
        _ request: HTTPServerRequest, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse {
        switch request.path {
        case TokenEndpoint.path:
            TokenEndpoint.handle(request, oauth: &state.oauth, now: now)
        default:
            GoogleErrorResponses.unknownRoute(path: request.path)
        }
    }
}
