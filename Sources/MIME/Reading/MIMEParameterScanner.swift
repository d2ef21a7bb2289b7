/// One `name=value` pair as written, before RFC 2231 assembly.
struct RawMIMEParameter: Equatable {
    var name: String
    var value: String
}

/// Splits a structured header value into its main token and raw parameters. See
/// `MIMEHeaderValue` for the tolerated deviations. Linear: every byte is looked at once.
struct MIMEParameterScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static let semicolon = UInt8(ascii: ";")
    private static let equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    mutating func readMainValue() -> String {
        skipSpaces()
        let start = index
        while index < bytes.count, bytes[index] != Self.semicolon, !Self.isSpace(bytes[index]),
            bytes[index] != UInt8(ascii: "(")
        {
            index += 1
        }
        let value = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        // Whatever follows up to the `;` is a comment or a parameter with its `;` missing.
        skipSpaces()
        if index < bytes.count, bytes[index] == UInt8(ascii: "(") { skipComment() }
        return value
    }

    mutating func readParameters() -> [RawMIMEParameter] {
        var parameters = [RawMIMEParameter]()
        while index < bytes.count {
            while index < bytes.count, bytes[index] == Self.semicolon || Self.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < bytes.count, bytes[index] != Self.equals, bytes[index] != Self.semicolon { index += 1 }
            let name = trimmed(nameStart..<index).lowercased()
            guard index < bytes.count, bytes[index] == Self.equals else { continue }
            index += 1
            skipSpaces()
            let value = index < bytes.count && bytes[index] == Self.quote ? readQuoted() : readToken()
            if !name.isEmpty { parameters.append(RawMIMEParameter(name: name, value: value)) }
        }
        return parameters
    }

    private mutating func readQuoted() -> String {
        index += 1
        var output = [UInt8]()
        while index < bytes.count, bytes[index] != Self.quote {
            if bytes[index] == Self.backslash, index + 1 < bytes.count,
                bytes[index + 1] == Self.quote || bytes[index + 1] == Self.backslash
            {
                index += 1
            }
            output.append(bytes[index])
            index += 1
        }
        index += 1  // the closing quote, or past the end
        // Anything between the closing quote and the next `;` is junk.
        while index < bytes.count, bytes[index] != Self.semicolon { index += 1 }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func readToken() -> String {
        let start = index
        while index < bytes.count, bytes[index] != Self.semicolon { index += 1 }
        return trimmed(start..<index)
    }

    private mutating func skipSpaces() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    private mutating func skipComment() {
        var depth = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") { depth += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            }
            index += 1
        }
    }

    private func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
