import LoopbackHTTPServer

/// The headers oauth2.googleapis.com puts on every token response, success or error: the
/// lowercase charset and the cache-busting trio that keep proxies from storing tokens.
enum TokenEndpointHeaders {
    static let contentType = "application/json; charset=utf-8"

    static func response(status: Int, body: GoogleJSON, extraHeaders: [HeaderField] = [])
        -> HTTPServerResponse
    {
        HTTPServerResponse(
            status: status,
            headers: [
                HeaderField(name: "Content-Type", value: contentType),
                HeaderField(name: "Cache-Control", value: "no-cache, no-store, max-age=0, must-revalidate"),
                HeaderField(name: "Pragma", value: "no-cache"),
                HeaderField(name: "Expires", value: "Mon, 01 Jan 1990 00:00:00 GMT"),
            ] + extraHeaders,
            body: body.rendered()
        )
    }
}
