import Foundation
import LoopbackHTTPServer

/// `POST /batch/gmail/v1` (and the discovery `batchPath`, `/batch`): runs each inner request
/// as if it had come alone, in order, and answers 200 with one response part per request;
/// inner failures stay in their parts.
enum BatchRoute {
    static let paths: Set<String> = ["/batch/gmail/v1", "/batch"]

    static func handle(
        _ request: HTTPServerRequest, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse {
        guard request.method == "POST" else { return GoogleErrorResponses.unknownRoute(path: request.path) }
        let inner: [BatchRequestParser.InnerRequest]
        do {
            inner = try BatchRequestParser.innerRequests(of: request)
        } catch {
            return error.response
        }
        let parts = inner.map { item in
            BatchResponseWriter.Part(
                contentID: item.contentID, response: respond(to: item.request, state: &state, now: now))
        }
        return BatchResponseWriter.response(for: parts)
    }

    /// Inner requests are counted under their own route keys and can be failed on purpose with
    /// `FakeGoogle.failNextBatchParts`; the outer request's fault queue does not reach them.
    private static func respond(
        to request: HTTPServerRequest?, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse {
        guard let request else {
            return GmailFailure.invalidBatch("The batch part holds no HTTP request.").response
        }
        state.requestCounts[SandboxRouter.routeKey(of: request), default: 0] += 1
        if let failure = state.faults.takePlannedBatchPartFailure() {
            return FaultInjection.response(for: failure, path: request.path)
        }
        return GmailRouter.route(request, state: &state, now: now)
            ?? GoogleErrorResponses.unknownRoute(path: request.path)
    }
}
