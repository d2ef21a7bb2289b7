import GoogleAuth

/// Everything that goes wrong inside a tool: rendered as an `isError` result whose text is
/// `code: sentence` (docs/errors.md).
public struct ToolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The contract's error codes, all of them, in one place: a tool result's text starts with
    /// one of these, and programs branch on them.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String

        private init(_ rawValue: String) {
            self.rawValue = rawValue
        }

        /// A failure from talking to Google keeps its code.
        public init(_ code: GoogleError.Code) {
            self.rawValue = code.rawValue
        }

        /// A missing, mistyped, unknown or out-of-range argument; header injection; not an address.
        public static let invalidArgument = Code("invalid_argument")
        public static let authMissing = Code(GoogleError.Code.authMissing)
        public static let authRevoked = Code(GoogleError.Code.authRevoked)
        public static let authInvalidClient = Code(GoogleError.Code.authInvalidClient)
        public static let adminPolicyEnforced = Code(GoogleError.Code.adminPolicyEnforced)
        public static let insufficientScope = Code(GoogleError.Code.insufficientScope)
        public static let notFound = Code(GoogleError.Code.notFound)
        public static let rateLimited = Code(GoogleError.Code.rateLimited)
        public static let upstreamError = Code(GoogleError.Code.upstreamError)
        public static let networkError = Code(GoogleError.Code.networkError)
        public static let timeout = Code(GoogleError.Code.timeout)

        public static let all: [Code] = [
            .invalidArgument, .authMissing, .authRevoked, .authInvalidClient, .adminPolicyEnforced,
            .insufficientScope, .notFound, .rateLimited, .upstreamError, .networkError, .timeout,
        ]

        public var description: String { rawValue }
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public init(_ error: GoogleError) {
        self.init(Code(error.code), error.message)
    }

    public static func invalidArgument(_ message: String) -> ToolError {
        ToolError(.invalidArgument, message)
    }

    public var description: String { "\(code): \(message)" }
}
