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

        public init(
            method: String = "GET",
            url: String,
            headers: HTTPHeaders = [:],
            body: Data? = nil,
            timeout: Duration = .seconds(30),
            maxResponseBytes: Int = 64 << 20
        ) {
            self.method = method
            self.url = url
            self.headers = headers
            self.body = body
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
        }
    }
}
