import Foundation

/// multipart bodies by RFC 2046 5.1.1: a boundary of 1 to 70 bchars not ending in a space,
/// delimiter lines `--boundary` (transport padding allowed after it), at least one body part,
/// the close delimiter `--boundary--`, and `--boundary` nowhere inside a part.
/// multipart/digest parts default to message/rfc822 (5.1.5).
extension StrictEntityParser {
    static let maximumBoundaryLength = 70

    mutating func parseMultipart(
        _ body: StrictSpan, mimeType: String, parameters: [String: String], location: StrictLocation, depth: Int
    ) throws(StrictMessageViolation) -> [StrictPart] {
        guard let boundary = parameters["boundary"] else {
            throw StrictMessageViolation(
                "\(location) is \(mimeType) without a boundary parameter (RFC 2046 5.1.1)", header: "Content-Type")
        }
        try Self.validateBoundary(boundary, location: location)
        let delimiter = Array(("--" + boundary).utf8)
        var partStarts: [Int] = []
        var partRanges: [Range<Int>] = []
        var closed = false
        for index in body.lines {
            let line = lines[index]
            let content = bytes[line.start..<line.contentEnd]
            guard content.starts(with: delimiter) else { continue }
            var rest = content.dropFirst(delimiter.count)
            let isClose = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
            if isClose { rest = rest.dropFirst(2) }
            guard rest.allSatisfy(\.isWhitespace) else {
                throw StrictMessageViolation(
                    "line \(index + 1) inside \(location) starts with its boundary '\(boundary)' but is not a "
                        + "delimiter; the boundary must not begin any line of the content (RFC 2046 5.1.1)")
            }
            if let start = partStarts.last {
                guard index > start else {
                    throw StrictMessageViolation(
                        "line \(index + 1) inside \(location) is a delimiter right after another, leaving an "
                            + "empty body part without even its line break (RFC 2046 5.1.1)")
                }
                partRanges.append(start..<index)
            }
            if isClose {
                guard !partStarts.isEmpty else {
                    throw StrictMessageViolation(
                        "line \(index + 1) closes \(location) (\(mimeType)) before any body part; a multipart "
                            + "needs at least one (RFC 2046 5.1.1)")
                }
                closed = true
                break
            }
            partStarts.append(index + 1)
        }
        guard !partStarts.isEmpty else {
            throw StrictMessageViolation(
                "\(location) (\(mimeType)) has no body part: the delimiter '--\(boundary)' never starts a line "
                    + "(RFC 2046 5.1.1)")
        }
        guard closed else {
            throw StrictMessageViolation(
                "\(location) (\(mimeType)) has no close delimiter '--\(boundary)--' (RFC 2046 5.1.1)")
        }
        try requireBoundaryAbsent(from: partRanges, delimiter: delimiter, boundary: boundary, location: location)
        let childType = mimeType == "multipart/digest" ? "message/rfc822" : "text/plain"
        var children: [StrictPart] = []
        for (offset, range) in partRanges.enumerated() {
            let child = try parseEntity(
                StrictSpan(lines: range, dropsFinalLineBreak: true), location: location.child(offset + 1),
                depth: depth + 1, isMessage: false, defaultType: childType)
            children.append(child.part)
        }
        return children
    }

    /// RFC 2046 only forbids the delimiter at the start of a line; the strict parser refuses
    /// it anywhere in a part, since a composer that picked a boundary occurring in its content
    /// was lucky rather than right.
    private func requireBoundaryAbsent(
        from parts: [Range<Int>], delimiter: [UInt8], boundary: String, location: StrictLocation
    ) throws(StrictMessageViolation) {
        let needle = Data(delimiter)
        for (offset, range) in parts.enumerated() {
            let span = StrictSpan(lines: range, dropsFinalLineBreak: true).byteRange(in: lines)
            guard let found = Data(bytes[span]).range(of: needle) else { continue }
            let position = span.lowerBound + found.lowerBound
            let line = (range.first { lines[$0].end > position } ?? range.lowerBound) + 1
            throw StrictMessageViolation(
                "line \(line) in \(location.child(offset + 1)) contains '--\(boundary)', the delimiter of "
                    + "\(location); a boundary must not occur in the content it separates (RFC 2046 5.1.1)")
        }
    }

    private static func validateBoundary(_ boundary: String, location: StrictLocation) throws(StrictMessageViolation) {
        let characters = Array(boundary.utf8)
        guard (1...maximumBoundaryLength).contains(characters.count) else {
            throw StrictMessageViolation(
                "the boundary of \(location) is \(characters.count) characters long; it must be 1 to "
                    + "\(maximumBoundaryLength) (RFC 2046 5.1.1)", header: "Content-Type")
        }
        let punctuation = Array("'()+_,-./:=? ".utf8)
        for byte in characters {
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard isAlphanumeric || punctuation.contains(byte) else {
                throw StrictMessageViolation(
                    "the boundary \(quotedForReason(boundary)) of \(location) contains "
                        + "'\(UnicodeScalar(byte))', which is not a bchar (RFC 2046 5.1.1)", header: "Content-Type")
            }
        }
        guard characters.last != 0x20 else {
            throw StrictMessageViolation(
                "the boundary \(quotedForReason(boundary)) of \(location) ends in a space (RFC 2046 5.1.1)",
                header: "Content-Type")
        }
    }
}
