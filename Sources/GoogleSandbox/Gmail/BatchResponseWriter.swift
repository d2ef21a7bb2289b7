import Foundation
import LoopbackHTTPServer

/// Writes a batch response as Google does: `multipart/mixed; boundary=batch_…`, each part
/// `application/http` with `Content-ID: <response-…>` (when the request part had an id), then
/// the inner status line, headers (one `Vary` line per value), a blank line and the body.
/// The body opens with a CRLF before the first delimiter, as a recorded Google response does.
enum BatchResponseWriter {
    struct Part {
        let contentID: String?
        let response: HTTPServerResponse
    }

    static func response(for parts: [Part]) -> HTTPServerResponse {
        let boundary = "batch_" + RandomToken.urlSafe(count: 32)
        var body = Data("\r\n".utf8)
        for part in parts {
            var lines = ["--\(boundary)", "Content-Type: application/http"]
            if let contentID = part.contentID { lines.append("Content-ID: <response-\(contentID)>") }
            lines += ["", "HTTP/1.1 \(part.response.status) \(reasonPhrase(part.response.status))"]
            lines += part.response.headers.flatMap(expanded).map { "\($0.name): \($0.value)" }
            lines.append("")
            body += Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
            body += part.response.body
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return HTTPServerResponse(
            status: 200,
            headers: [
                HeaderField(name: "Content-Type", value: "multipart/mixed; boundary=\(boundary)"),
                HeaderField(name: "Vary", value: "Origin, X-Origin, Referer"),
            ],
            body: body)
    }

    private static func expanded(_ field: HeaderField) -> [HeaderField] {
        guard field.name == "Vary" else { return [field] }
        return field.value.split(separator: ",").map { HeaderField(name: "Vary", value: $0.trimmingWhitespace()) }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
