/// The body parts of a multipart body (RFC 2046 section 5.1.1). A delimiter is a line that is
/// `--boundary` (or `--boundary--` to close), allowing trailing whitespace; the line break
/// before it belongs to the delimiter, not to the part. Preamble and epilogue are dropped.
enum MultipartBody {
    static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var previousLineEnd = body.startIndex
        var index = body.startIndex
        while index < body.endIndex {
            let line = ByteLines.line(in: body, from: index)
            let content = body[line.contentRange]
            if let kind = delimiterKind(content, delimiter: delimiter) {
                if let start = partStart {
                    parts.append(body[start..<max(start, previousLineEnd)])
                }
                if kind == .close { return parts }
                partStart = line.next
            }
            previousLineEnd = line.contentRange.upperBound
            index = line.next
        }
        // No close delimiter: the last part runs to the end, as most readers allow.
        if let start = partStart, start <= body.endIndex { parts.append(body[start..<body.endIndex]) }
        return parts
    }

    private enum DelimiterKind { case open, close }

    private static func delimiterKind(_ line: ArraySlice<UInt8>, delimiter: [UInt8]) -> DelimiterKind? {
        guard line.starts(with: delimiter) else { return nil }
        var rest = line.dropFirst(delimiter.count)
        var kind = DelimiterKind.open
        if rest.starts(with: [.hyphen, .hyphen]) {
            kind = .close
            rest = rest.dropFirst(2)
        }
        return rest.allSatisfy { $0 == .space || $0 == .tab } ? kind : nil
    }
}
