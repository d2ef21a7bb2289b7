/// How far one request's bytes have moved, as libcurl counts them: request body bytes out,
/// response body bytes in (as they come off the wire, before any content decoding, the same
/// measure as `Content-Length`). Headers are not counted.
///
/// Counts never go down within one attempt, even when libcurl starts an exchange over on a fresh
/// connection: they hold at their highest until the new attempt passes them. Each attempt of
/// `HTTPClient.send(_:retrying:)` reports afresh from zero.
public struct HTTPTransferProgress: Sendable, Hashable {
    /// Request body bytes sent so far.
    public var bytesSent: Int
    /// The request body's size: what `bytesSent` reaches when the whole body is out.
    public var totalBytesToSend: Int
    /// Response body bytes received so far.
    public var bytesReceived: Int
    /// The response's `Content-Length`; nil until the headers are in, and when the response does
    /// not say (chunked) or says 0.
    public var totalBytesToReceive: Int?

    public init(bytesSent: Int, totalBytesToSend: Int, bytesReceived: Int, totalBytesToReceive: Int?) {
        self.bytesSent = bytesSent
        self.totalBytesToSend = totalBytesToSend
        self.bytesReceived = bytesReceived
        self.totalBytesToReceive = totalBytesToReceive
    }
}
