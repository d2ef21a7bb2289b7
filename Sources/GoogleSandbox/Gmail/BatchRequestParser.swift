import Foundation
import LoopbackHTTPServer

/// Reads a Google batch request (reference section 2.9): a multipart/mixed body whose parts are
/// `application/http`, each holding one inner HTTP request with a path-only URL.
enum BatchRequestParser {
    struct InnerRequest {
        /// The part's Content-ID without angle brackets, when it has one.
        let contentID: String?
        /// nil when the part holds no readable request line.
        let request: HTTPServerRequest?
    }

    static let maximumInnerRequests = 100

    static func innerRequests(of outer: HTTPServerRequest) throws(GmailFailure) -> [InnerRequest] {
        let contentType = ParameterizedHeader(parsing: outer.header("Content-Type") ?? "")
        guard contentType.value.hasPrefix("multipart/"), let boundary = contentType.parameters["boundary"],
            !boundary.isEmpty
        else { throw .invalidBatch("Content-Type must be multipart/mixed with a boundary.") }
        let parts = MultipartBody.parts(of: Array(outer.body)[...], boundary: boundary)
        guard !parts.isEmpty else { throw .invalidBatch("The batch request holds no parts.") }
        guard parts.count <= maximumInnerRequests else {
            // Observed wording.
            throw .invalidBatch(
                "Inner request count exceeds the limit. Received: \(parts.count), Limit: \(maximumInnerRequests)")
        }
        return parts.map { innerRequest(in: $0, outer: outer) }
    }

    private static func innerRequest(in part: ArraySlice<UInt8>, outer: HTTPServerRequest) -> InnerRequest {
        let partHeaders = HeaderSection(parsing: part)
        let contentID = partHeaders.value("Content-ID").map {
            $0.trimmingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
        }
        let http = part[partHeaders.bodyStart...]
        // Blank lines may come before the request line.
        var start = http.startIndex
        var line = ByteLines.line(in: http, from: start)
        while line.contentRange.isEmpty, line.next < http.endIndex {
            start = line.next
            line = ByteLines.line(in: http, from: start)
        }
        let requestLine = String(decoding: http[line.contentRange], as: UTF8.self)
            .split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count >= 2 else { return InnerRequest(contentID: contentID, request: nil) }
        let innerHeaders = HeaderSection(parsing: http[line.next...])
        let body = Data(http[innerHeaders.bodyStart...])
        let request = HTTPServerRequest(
            method: String(requestLine[0]), target: String(requestLine[1]),
            headers: innerHeaders.fields + inherited(from: outer, besides: innerHeaders.fields),
            body: body, connectionID: outer.connectionID)
        return InnerRequest(contentID: contentID, request: request)
    }

    /// Outer headers apply to inner requests unless they set their own; Content-* and framing
    /// headers describe the outer body only and are never inherited.
    private static func inherited(from outer: HTTPServerRequest, besides own: [HeaderField]) -> [HeaderField] {
        let ownNames = Set(own.map { $0.name.lowercased() })
        let framing: Set<String> = ["host", "connection", "transfer-encoding", "expect", "keep-alive"]
        return outer.headers.filter { field in
            let name = field.name.lowercased()
            return !ownNames.contains(name) && !name.hasPrefix("content-") && !framing.contains(name)
        }
    }
}

extension GmailFailure {
    /// A batch request the fake cannot read (wording ours, except where marked observed).
    static func invalidBatch(_ message: String) -> GmailFailure {
        GmailFailure(code: 400, message: message, reason: "badRequest", status: "INVALID_ARGUMENT")
    }
}
