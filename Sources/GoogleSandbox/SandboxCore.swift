import LoopbackHTTPServer
import Synchronization

/// The fake's state and request handling, shared by the public facade and the server's
/// handler. The handler holds this core, never the facade, so releasing the facade stops the
/// server.
final class SandboxCore: Sendable {
    let state = Mutex(SandboxState())

    /// Counting, then injected faults, then routing; latency is added to whatever came out.
    func handle(_ request: HTTPServerRequest) -> HTTPServerResponse {
        state.withLock { state in
            state.httpRequests += 1
            state.requestCounts[SandboxRouter.routeKey(of: request), default: 0] += 1
            var response: HTTPServerResponse
            if let failure = state.faults.takePlannedFailure() {
                response = FaultInjection.response(for: failure, path: request.path)
            } else {
                response = SandboxRouter.route(request, state: &state, now: .now)
            }
            response.delay += state.faults.latency
            return response
        }
    }
}
