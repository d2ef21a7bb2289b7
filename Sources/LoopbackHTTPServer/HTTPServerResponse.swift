import Foundation

/// What a handler answers. The server adds the framing headers (`Content-Length`,
/// `Connection`) itself, so a handler can never produce a response that desynchronises the
/// client.
public struct HTTPServerResponse: Sendable {
    public var status: Int
    public var headers: [HeaderField]
    public var body: Data
    /// Slept before the response is written, for tests of slow servers and client deadlines.
    public var delay: Duration

    public init(
        status: Int, headers: [HeaderField] = [], body: Data = Data(), delay: Duration = .zero
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    /// `Content-Type: application/json; charset=UTF-8`, the spelling Google's APIs use.
    public static func json(_ status: Int, _ body: Data, headers: [HeaderField] = [])
        -> HTTPServerResponse
    {
        HTTPServerResponse(
            status: status,
            headers: [HeaderField(name: "Content-Type", value: "application/json; charset=UTF-8")]
                + headers,
            body: body
        )
    }

    public static func text(_ status: Int, _ body: String) -> HTTPServerResponse {
        HTTPServerResponse(
            status: status,
            headers: [HeaderField(name: "Content-Type", value: "text/plain; charset=utf-8")],
            body: Data(body.utf8)
        )
    }
}
