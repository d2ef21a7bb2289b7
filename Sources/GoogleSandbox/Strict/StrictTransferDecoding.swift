import Foundation

/// Content-Transfer-Encoding (RFC 2045 6) checked line by line and removed: 7bit is ASCII,
/// base64 has lines of at most 76 characters of its alphabet and decodes exactly,
/// quoted-printable has lines of at most 76 characters, `=XX` escapes in uppercase hex, soft
/// breaks as a final `=`, and no whitespace at a line's end.
enum StrictTransferDecoding {
    static let identityEncodings: Set<String> = ["7bit", "8bit", "binary"]
    static let knownEncodings: Set<String> = identityEncodings.union(["quoted-printable", "base64"])
    static let maximumEncodedLineLength = 76

    static func decode(
        _ bytes: [UInt8], lines: [StrictLine], body: StrictSpan, encoding: String, location: StrictLocation
    ) throws(StrictMessageViolation) -> Data {
        switch encoding {
        case "base64": return try base64(bytes, lines: lines, body: body, location: location)
        case "quoted-printable": return try quotedPrintable(bytes, lines: lines, body: body, location: location)
        case "7bit":
            try requireASCII(bytes, lines: lines, body: body, location: location)
            return Data(bytes[body.byteRange(in: lines)])
        default:
            return Data(bytes[body.byteRange(in: lines)])
        }
    }

    /// 7bit promises ASCII (RFC 2045 2.7); 8-bit octets need 8bit, base64 or quoted-printable.
    static func requireASCII(
        _ bytes: [UInt8], lines: [StrictLine], body: StrictSpan, location: StrictLocation
    ) throws(StrictMessageViolation) {
        for index in body.lines {
            let line = lines[index]
            if let bad = bytes[line.start..<line.contentEnd].firstIndex(where: { $0 >= 0x80 }) {
                throw StrictMessageViolation(
                    "line \(index + 1) in the body of \(location) has the 8-bit octet 0x"
                        + String(bytes[bad], radix: 16, uppercase: true)
                        + ", but its Content-Transfer-Encoding is 7bit (RFC 2045 2.7)")
            }
        }
    }

    private static func base64(
        _ bytes: [UInt8], lines: [StrictLine], body: StrictSpan, location: StrictLocation
    ) throws(StrictMessageViolation) -> Data {
        var text: [UInt8] = []
        text.reserveCapacity(body.byteRange(in: lines).count)
        for index in body.lines {
            let line = lines[index]
            guard line.length <= maximumEncodedLineLength else {
                throw StrictMessageViolation(
                    "line \(index + 1) in the base64 body of \(location) is \(line.length) characters long; the "
                        + "limit is \(maximumEncodedLineLength) (RFC 2045 6.8)")
            }
            for position in line.start..<line.contentEnd {
                let byte = bytes[position]
                guard byte == UInt8(ascii: "=") || StrictBase64.value(of: byte) != nil else {
                    throw StrictMessageViolation(
                        "line \(index + 1) in the base64 body of \(location) has "
                            + (byte.isVisibleASCII || byte == 0x20 ? "'\(UnicodeScalar(byte))'" : "the octet \(byte)")
                            + " at column \(position - line.start + 1), outside the base64 alphabet (RFC 2045 6.8)")
                }
            }
            text += bytes[line.start..<line.contentEnd]
        }
        do {
            return Data(try StrictBase64.decode(text))
        } catch {
            throw StrictMessageViolation("the base64 body of \(location) \(error.reason)")
        }
    }

    private static func quotedPrintable(
        _ bytes: [UInt8], lines: [StrictLine], body: StrictSpan, location: StrictLocation
    ) throws(StrictMessageViolation) -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(body.byteRange(in: lines).count)
        for index in body.lines {
            let line = lines[index]
            let number = index + 1
            func fail(_ what: String) -> StrictMessageViolation {
                StrictMessageViolation(
                    "line \(number) in the quoted-printable body of \(location) \(what) (RFC 2045 6.7)")
            }
            guard line.length <= maximumEncodedLineLength else {
                throw fail(
                    "is \(line.length) characters long; the limit is \(maximumEncodedLineLength), soft break included")
            }
            if line.length > 0, bytes[line.contentEnd - 1].isWhitespace {
                throw fail("ends in whitespace, which must be encoded (=20, =09) or protected by a soft break")
            }
            var position = line.start
            var softBreak = false
            while position < line.contentEnd {
                let byte = bytes[position]
                let column = position - line.start + 1
                if byte == UInt8(ascii: "=") {
                    if position + 1 == line.contentEnd {
                        softBreak = true
                        break
                    }
                    guard position + 2 < line.contentEnd, bytes[position + 1].isUppercaseHexDigit,
                        bytes[position + 2].isUppercaseHexDigit
                    else {
                        throw fail("has an '=' at column \(column) that is not =XX in uppercase hex nor a soft break")
                    }
                    output.append(
                        StrictEncodedWords.hexValue(bytes[position + 1]) << 4
                            | StrictEncodedWords.hexValue(bytes[position + 2]))
                    position += 3
                    continue
                }
                guard byte.isVisibleASCII || byte.isWhitespace else {
                    throw fail(
                        "has the octet 0x\(String(byte, radix: 16, uppercase: true)) at column \(column), which "
                            + "must be written =XX")
                }
                output.append(byte)
                position += 1
            }
            let hasLineBreak = line.end > line.contentEnd && !(body.dropsFinalLineBreak && index == body.lines.last)
            if hasLineBreak, !softBreak { output += [0x0D, 0x0A] }
        }
        return Data(output)
    }
}
