/// One header field as it appears in a header section, before its value is interpreted.
struct StrictRawField {
    let name: String
    /// Unfolded and trimmed.
    let value: String
    /// 1-based, over the whole message.
    let line: Int
}

/// The header section of an entity, read by RFC 5322 2.2: fields `name: value` with a name of
/// visible ASCII other than `:`, continuation lines starting with whitespace, 7-bit ASCII
/// only (2.2 and RFC 2047 for anything else), no control characters but tab, and no line of
/// only whitespace (which a reader could take for the end of the section). An empty line
/// ends the section; without one, the whole entity is header.
struct StrictHeaderSection {
    let fields: [StrictRawField]
    /// The line index the body starts at (the span's end when there is no body).
    let bodyStart: Int
    let longestLine: Int

    init(
        bytes: [UInt8], lines: [StrictLine], span: StrictSpan, location: StrictLocation
    ) throws(StrictMessageViolation) {
        var fields: [(name: String, value: [UInt8], line: Int)] = []
        var bodyStart = span.lines.upperBound
        var longestLine = 0
        for index in span.lines {
            let line = lines[index]
            let number = index + 1
            longestLine = max(longestLine, line.length)
            if line.isEmpty {
                bodyStart = index + 1
                break
            }
            let content = bytes[line.start..<line.contentEnd]
            if let bad = content.firstIndex(where: { $0 >= 0x80 || ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                let hex = "0x" + String(bytes[bad], radix: 16, uppercase: true)
                let what =
                    bytes[bad] >= 0x80
                    ? "the 8-bit octet \(hex); header fields are 7-bit ASCII, other text needs RFC 2047 encoded "
                        + "words (RFC 5322 2.2)"
                    : "the control character \(hex) (RFC 5322 2.2)"
                throw StrictMessageViolation(
                    "line \(number) in the header section of \(location) contains \(what)",
                    header: Self.fieldName(of: content, continuing: fields.last?.name))
            }
            if content.first?.isWhitespace == true {
                guard !fields.isEmpty else {
                    throw StrictMessageViolation(
                        "line \(number) starts the header section of \(location) with whitespace, a continuation "
                            + "of no field (RFC 5322 2.2.3)")
                }
                guard !content.allSatisfy(\.isWhitespace) else {
                    throw StrictMessageViolation(
                        "line \(number) in the header section of \(location) holds only whitespace; a folded "
                            + "line must carry text, and the section ends with an empty line (RFC 5322 2.2.3)",
                        header: fields[fields.count - 1].name)
                }
                fields[fields.count - 1].value += content
                continue
            }
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else {
                throw StrictMessageViolation(
                    "line \(number) in the header section of \(location) is not a header field: it has no ':' "
                        + "(a body must follow an empty line, RFC 5322 2.2)")
            }
            let name = content[content.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(\.isVisibleASCII) else {
                throw StrictMessageViolation(
                    "line \(number) in the header section of \(location) has the field name "
                        + "\(quotedForReason(String(decoding: name, as: UTF8.self))); a name is one or more "
                        + "printable ASCII characters without spaces (RFC 5322 2.2)")
            }
            fields.append((String(decoding: name, as: UTF8.self), Array(content[(colon + 1)...]), number))
        }
        self.fields = fields.map {
            StrictRawField(name: $0.name, value: Self.trimmed($0.value), line: $0.line)
        }
        self.bodyStart = bodyStart
        self.longestLine = longestLine
    }

    /// The name of the field a line belongs to, for a violation's `headerName`.
    private static func fieldName(of line: ArraySlice<UInt8>, continuing previous: String?) -> String? {
        if line.first?.isWhitespace == true { return previous }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return String(decoding: line[line.startIndex..<colon], as: UTF8.self)
    }

    private static func trimmed(_ value: [UInt8]) -> String {
        guard let first = value.firstIndex(where: { !$0.isWhitespace }),
            let last = value.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(decoding: value[first...last], as: UTF8.self)
    }
}
