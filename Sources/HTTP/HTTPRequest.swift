import Foundation

extension HTTPClient {
    public struct Request: Sendable {
        public var method: String
        public var url: String
        public var headers: HTTPHeaders
        public var body: Data?
        /// The whole exchange (connect, send, wait, receive) must end within this.
        public var timeout: Duration
        /// Larger bodies abort the transfer with `HTTPError.Kind.responseTooLarge`.
        public var maxResponseBytes: Int
        /// Told how far the transfer has moved, each time a count changes, and once more at the
        /// end of a successful transfer when libcurl's last report fell short of the final
        /// numbers. nil (the default) costs nothing.
        ///
        /// Runs synchronously on the client's one libcurl thread, which every request shares: it
        /// must return quickly and never block (hand the value on, e.g. to an `AsyncStream`, and
        /// throttle there). It is never called once the transfer is cancelled, nor after `send`
        /// has returned or thrown.
        public var progress: (@Sendable (HTTPTransferProgress) -> Void)?

        public init(
            method: String = "GET",
            url: String,
            headers: HTTPHeaders = [:],
            body: Data? = nil,
            timeout: Duration = .seconds(30),
            maxResponseBytes: Int = 64 << 20,
            progress: (@Sendable (HTTPTransferProgress) -> Void)? = nil
        ) {
            self.method = method
            self.url = url
            self.headers = headers
            self.body = body
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
            self.progress = progress
        }
    }
}
