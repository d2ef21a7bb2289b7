/// A failure talking to Google, carrying a stable code of docs/errors.md (Tool errors) and a sentence
/// a person can act on. Messages never contain a secret: they are built from our own words,
/// Google's error texts and host names only.
public struct GoogleError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String

        public static let authMissing = Code(rawValue: "auth_missing")
        public static let authRevoked = Code(rawValue: "auth_revoked")
        public static let authInvalidClient = Code(rawValue: "auth_invalid_client")
        public static let adminPolicyEnforced = Code(rawValue: "admin_policy_enforced")
        public static let insufficientScope = Code(rawValue: "insufficient_scope")
        public static let notFound = Code(rawValue: "not_found")
        public static let rateLimited = Code(rawValue: "rate_limited")
        public static let upstreamError = Code(rawValue: "upstream_error")
        public static let networkError = Code(rawValue: "network_error")
        public static let timeout = Code(rawValue: "timeout")

        public var description: String { rawValue }
    }

    public let code: Code
    public let message: String
    /// For network errors and timeouts: the request may have reached Google before the failure,
    /// so a non-idempotent call (a send) may have taken effect.
    public let requestMayHaveArrived: Bool

    public init(_ code: Code, _ message: String, requestMayHaveArrived: Bool = false) {
        self.code = code
        self.message = message
        self.requestMayHaveArrived = requestMayHaveArrived
    }

    public var description: String { "\(code): \(message)" }
}
