import Foundation
import HTTP

/// Google's batch format (`POST /batch/gmail/v1`): many GETs in one `multipart/mixed` request,
/// answered by one `multipart/mixed` response whose parts are the inner HTTP responses.
///
/// It turns a list of N message fetches into one round trip, which is what makes
/// `gmail_fetch_mails` fast: Gmail charges each inner call separately, so it saves time, not quota.
enum GmailBatch {
    struct InnerResponse: Sendable {
        var status: Int
        var body: Data
    }

    /// The multipart body and its boundary for inner GETs of `paths` (path and query only).
    static func encode(paths: [String], boundary: String) -> Data {
        var text = ""
        for (index, path) in paths.enumerated() {
            text += "--\(boundary)\r\n"
            text += "Content-Type: application/http\r\n"
            text += "Content-ID: <item\(index)>\r\n\r\n"
            text += "GET \(path)\r\n\r\n"
        }
        text += "--\(boundary)--\r\n"
        return Data(text.utf8)
    }

    static func makeBoundary() -> String {
        "batch_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// The inner responses by request index; parts are matched by Content-ID
    /// (`<response-item3>`), falling back to their order. nil when the body is not a batch.
    static func decode(_ body: Data, contentType: String?, count: Int) -> [Int: InnerResponse]? {
        guard let boundary = boundary(of: contentType) else { return nil }
        let delimiter = Data("--\(boundary)".utf8)
        var results: [Int: InnerResponse] = [:]
        var position = 0
        for part in split(body, on: delimiter) {
            guard let (headers, content) = splitHead(part) else { continue }
            defer { position += 1 }
            let index = contentIndex(in: headers) ?? position
            guard index < count, let inner = parseInnerResponse(content) else { continue }
            results[index] = inner
        }
        return results
    }

    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// The parts between delimiters, without the preamble and the closing `--`.
    private static func split(_ body: Data, on delimiter: Data) -> [Data] {
        var parts: [Data] = []
        var searchStart = body.startIndex
        var partStart: Data.Index?
        while let found = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            if let start = partStart {
                parts.append(body[start..<found.lowerBound])
            }
            let after = found.upperBound
            if body[after...].starts(with: Data("--".utf8)) { break }
            partStart = after
            searchStart = after
        }
        return parts
    }

    /// A part's own headers and its content, split at the first blank line.
    private static func splitHead(_ part: Data) -> (String, Data)? {
        guard let gap = part.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: part[part.startIndex..<gap.lowerBound], as: UTF8.self)
        return (head, part[gap.upperBound...])
    }

    private static func contentIndex(in headers: String) -> Int? {
        for line in headers.split(whereSeparator: \.isNewline) where line.lowercased().hasPrefix("content-id:") {
            let value = line.dropFirst("content-id:".count).trimmingCharacters(in: CharacterSet(charactersIn: " <>"))
            guard let range = value.range(of: "item", options: .backwards) else { return nil }
            return Int(value[range.upperBound...])
        }
        return nil
    }

    /// `HTTP/1.1 200 OK`, headers, blank line, body.
    private static func parseInnerResponse(_ content: Data) -> InnerResponse? {
        guard let (head, body) = splitHead(content) else { return nil }
        let statusLine = head.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let fields = statusLine.split(separator: " ")
        guard fields.count >= 2, fields[0].hasPrefix("HTTP/"), let status = Int(fields[1]) else { return nil }
        var trimmed = Data(body)
        while let last = trimmed.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            trimmed.removeLast()
        }
        return InnerResponse(status: status, body: trimmed)
    }
}
