import Foundation

extension HTTPClient {
    public struct Response: Sendable {
        public var status: Int
        public var headers: HTTPHeaders
        public var body: Data
        /// The protocol the exchange used, e.g. "HTTP/1.1" or "HTTP/2".
        public var httpVersion: String

        public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data(), httpVersion: String = "HTTP/1.1") {
            self.status = status
            self.headers = headers
            self.body = body
            self.httpVersion = httpVersion
        }
    }
}
