import Foundation
import LoopbackHTTPServer
import RawHTTPClient

/// One inner response of a batch answer.
struct BatchResponsePart {
    let contentID: String?
    let status: Int
    let headers: [HeaderField]
    let body: Data

    func jsonObject() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw RawHTTPError(description: "part body is not a JSON object")
        }
        return object
    }
}

/// Reads a multipart/mixed batch answer the way a careful client would, independently of the
/// fake's writer.
enum BatchResponseReader {
    static func parts(of response: RawHTTPResponse) throws -> [BatchResponsePart] {
        guard let contentType = response.header("Content-Type"), contentType.hasPrefix("multipart/mixed"),
            let range = contentType.range(of: "boundary=")
        else { throw RawHTTPError(description: "not a multipart answer: \(response.header("Content-Type") ?? "")") }
        let boundary = String(contentType[range.upperBound...])
        let text = String(decoding: response.body, as: UTF8.self)
        guard let closeRange = text.range(of: "--\(boundary)--") else {
            throw RawHTTPError(description: "no close delimiter")
        }
        let segments = text[..<closeRange.lowerBound].components(separatedBy: "--\(boundary)\r\n").dropFirst()
        return try segments.map(part)
    }

    private static func part(_ segment: String) throws -> BatchResponsePart {
        let pieces = segment.components(separatedBy: "\r\n\r\n")
        guard pieces.count >= 3 else { throw RawHTTPError(description: "short part: \(segment)") }
        let partHeaders = fields(pieces[0].components(separatedBy: "\r\n"))
        var innerHead = pieces[1].components(separatedBy: "\r\n")
        let statusLine = innerHead.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
            throw RawHTTPError(description: "bad inner status line in \(segment)")
        }
        var body = pieces[2...].joined(separator: "\r\n\r\n")
        if body.hasSuffix("\r\n") { body.removeLast(1) }  // the CRLF before the next delimiter
        let contentID = partHeaders.first { $0.name.lowercased() == "content-id" }?.value
        return BatchResponsePart(
            contentID: contentID, status: status, headers: fields(innerHead), body: Data(body.utf8))
    }

    private static func fields(_ lines: [String]) -> [HeaderField] {
        lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HeaderField(
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }
}

/// Builds a batch request body of GETs, each with its Content-ID.
func batchBody(boundary: String, _ requests: [(contentID: String?, target: String, headers: [String])]) -> String {
    var body = ""
    for request in requests {
        body += "--\(boundary)\r\nContent-Type: application/http\r\n"
        if let contentID = request.contentID { body += "Content-ID: <\(contentID)>\r\n" }
        body += "\r\nGET \(request.target)\r\n"
        for header in request.headers { body += header + "\r\n" }
        body += "\r\n"
    }
    return body + "--\(boundary)--\r\n"
}
