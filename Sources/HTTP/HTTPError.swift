/// A failure to get an HTTP response at all. An HTTP error status is not an `HTTPError`: it is
/// a response, and only the caller knows what it means.
public struct HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        public let name: String

        /// The request's deadline passed before the response was complete.
        public static let timeout = Kind(name: "timeout")
        /// DNS, connect, TLS, reset, or a connection closed mid-response.
        public static let network = Kind(name: "network")
        /// The response body passed the request's `maxResponseBytes`.
        public static let responseTooLarge = Kind(name: "response_too_large")
        /// The request itself cannot be sent (bad URL, CR/LF in a header, unsupported scheme).
        public static let invalidRequest = Kind(name: "invalid_request")
        /// The client was shut down.
        public static let shutdown = Kind(name: "shutdown")

        public var description: String { name }
    }

    public let kind: Kind
    /// A sentence for a person; never contains header values or bodies, so never a secret.
    public let message: String
    /// The failure came before any byte of the request left (DNS, connect, TLS handshake), so
    /// trying again cannot repeat it: what makes retrying a non-idempotent call (a send) safe.
    public let nothingWasSent: Bool

    public init(_ kind: Kind, _ message: String, nothingWasSent: Bool = false) {
        self.kind = kind
        self.message = message
        self.nothingWasSent = nothingWasSent
    }

    public var description: String { "\(kind): \(message)" }
}
