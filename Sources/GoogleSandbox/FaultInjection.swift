import LoopbackHTTPServer

/// Faults a test asks for: extra latency on every response, and failures queued for the next
/// requests whatever their route. Both act before routing, like a flaky front end would. Inner
/// requests of a batch have their own queue, since the batch itself would take any failure
/// meant for them.
struct FaultInjection {
    struct PlannedFailure: Equatable {
        let status: Int
        let retryAfter: String?
    }

    var latency: Duration = .zero
    /// One entry per request still to fail, oldest plan first.
    private var plannedFailures: [PlannedFailure] = []
    /// The same, for inner requests of batches only.
    private var plannedBatchPartFailures: [PlannedFailure] = []

    mutating func failNext(_ count: Int, status: Int, retryAfter: String?) {
        guard count > 0 else { return }
        plannedFailures += Array(
            repeating: PlannedFailure(status: status, retryAfter: retryAfter), count: count)
    }

    mutating func takePlannedFailure() -> PlannedFailure? {
        plannedFailures.isEmpty ? nil : plannedFailures.removeFirst()
    }

    mutating func failNextBatchParts(_ count: Int, status: Int, retryAfter: String?) {
        guard count > 0 else { return }
        plannedBatchPartFailures += Array(
            repeating: PlannedFailure(status: status, retryAfter: retryAfter), count: count)
    }

    mutating func takePlannedBatchPartFailure() -> PlannedFailure? {
        plannedBatchPartFailures.isEmpty ? nil : plannedBatchPartFailures.removeFirst()
    }

    /// The failure in the shape the route's real server would use: OAuth-style at the token
    /// endpoint, the nested API error everywhere else.
    static func response(for failure: PlannedFailure, path: String) -> HTTPServerResponse {
        let retryHeaders =
            failure.retryAfter.map { [HeaderField(name: "Retry-After", value: $0)] } ?? []
        if path == TokenEndpoint.path {
            let (code, description) = oauthWording(for: failure.status)
            return GoogleErrorResponses.oauth(
                status: failure.status, error: code, description: description, extraHeaders: retryHeaders)
        }
        let wording = apiWording(for: failure.status)
        return GoogleErrorResponses.api(
            code: failure.status, message: wording.message, reason: wording.reason,
            domain: wording.domain,
            status: wording.status, extraHeaders: retryHeaders)
    }

    private static func oauthWording(for status: Int) -> (code: String, description: String) {
        switch status {
        case 429: ("rate_limit_exceeded", "Rate Limit Exceeded")
        case 500...: ("internal_failure", "Backend Error")
        case 401: ("invalid_client", "Unauthorized")
        case 403: ("access_denied", "Forbidden")
        default: ("invalid_request", "Bad Request")
        }
    }

    private static func apiWording(
        for status: Int
    ) -> (message: String, reason: String, domain: String, status: String) {
        switch status {
        case 400: ("Bad Request", "badRequest", "global", "INVALID_ARGUMENT")
        case 401:
            (
                "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
                "authError", "global", "UNAUTHENTICATED"
            )
        // An injected 403 is the rate-limit kind; scope 403s come from the routes themselves.
        case 403:
            ("User Rate Limit Exceeded", "userRateLimitExceeded", "usageLimits", "PERMISSION_DENIED")
        case 404: ("Requested entity was not found.", "notFound", "global", "NOT_FOUND")
        case 429:
            (
                "Resource has been exhausted (e.g. check quota).", "rateLimitExceeded", "usageLimits",
                "RESOURCE_EXHAUSTED"
            )
        case 503: ("The service is currently unavailable.", "backendError", "global", "UNAVAILABLE")
        case 504: ("The request deadline was exceeded.", "backendError", "global", "DEADLINE_EXCEEDED")
        case 500...: ("Backend Error", "backendError", "global", "INTERNAL")
        default: ("Request failed.", "failedPrecondition", "global", "FAILED_PRECONDITION")
        }
    }
}
