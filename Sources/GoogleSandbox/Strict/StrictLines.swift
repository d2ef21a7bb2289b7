/// One line of a message: offsets into its bytes, the line break excluded from the content.
struct StrictLine {
    let start: Int
    /// Where the CRLF starts (or the bytes end, for a last line without one).
    let contentEnd: Int
    /// Just past the CRLF.
    let end: Int

    var length: Int { contentEnd - start }
    var isEmpty: Bool { contentEnd == start }
}

/// Splits a message into CRLF-terminated lines, enforcing what RFC 5322 section 2.1.1 and
/// 2.3 ask of every line, header or body: CR and LF only as a pair, no NUL, and at most 998
/// octets before the CRLF. The last line may lack its CRLF (RFC 5322 `body` and RFC 2046's
/// epilogue allow that).
enum StrictLines {
    static let maximumLength = 998

    static func split(_ bytes: [UInt8]) throws(StrictMessageViolation) -> [StrictLine] {
        guard !bytes.isEmpty else { throw StrictMessageViolation("the message is empty") }
        var lines: [StrictLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var failure: StrictMessageViolation?
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0D {
                    guard index + 1 < count, buffer[index + 1] == 0x0A else {
                        failure = violation("a bare CR (not followed by LF)", line: lines.count + 1)
                        return
                    }
                    if let tooLong = overlong(index - lineStart, line: lines.count + 1) {
                        failure = tooLong
                        return
                    }
                    lines.append(StrictLine(start: lineStart, contentEnd: index, end: index + 2))
                    index += 2
                    lineStart = index
                    continue
                }
                if byte == 0x0A {
                    failure = violation("a bare LF (not preceded by CR)", line: lines.count + 1)
                    return
                }
                if byte == 0 {
                    failure = violation("a NUL octet", line: lines.count + 1)
                    return
                }
                index += 1
            }
            if lineStart < count {
                if let tooLong = overlong(count - lineStart, line: lines.count + 1) {
                    failure = tooLong
                    return
                }
                lines.append(StrictLine(start: lineStart, contentEnd: count, end: count))
            }
        }
        if let failure { throw failure }
        return lines
    }

    private static func violation(_ what: String, line: Int) -> StrictMessageViolation {
        StrictMessageViolation("line \(line) contains \(what); every line must end in CRLF (RFC 5322 2.1)")
    }

    private static func overlong(_ length: Int, line: Int) -> StrictMessageViolation? {
        guard length > maximumLength else { return nil }
        return StrictMessageViolation(
            "line \(line) is \(length) octets long; the limit is \(maximumLength) before the CRLF (RFC 5322 2.1.1)")
    }
}

/// A run of lines of the message that one entity occupies. Inside a multipart the CRLF
/// before a delimiter belongs to the delimiter (RFC 2046 5.1.1), so a body part's last line
/// break is not part of it.
struct StrictSpan {
    let lines: Range<Int>
    let dropsFinalLineBreak: Bool

    /// The bytes of `lines` in the message.
    func byteRange(in all: [StrictLine]) -> Range<Int> {
        guard let first = lines.first, let last = lines.last else {
            let offset = lines.lowerBound < all.count ? all[lines.lowerBound].start : (all.last?.end ?? 0)
            return offset..<offset
        }
        return all[first].start..<(dropsFinalLineBreak ? all[last].contentEnd : all[last].end)
    }

    func suffix(from line: Int) -> StrictSpan {
        StrictSpan(lines: min(line, lines.upperBound)..<lines.upperBound, dropsFinalLineBreak: dropsFinalLineBreak)
    }
}
