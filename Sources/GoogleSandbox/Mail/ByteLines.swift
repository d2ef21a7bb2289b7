/// Line scanning over raw message bytes. Mail should use CRLF, but bare LF turns up in the
/// wild (and in messages built on Unix), so both end a line.
enum ByteLines {
    struct Line {
        /// The line without its line break.
        let contentRange: Range<Int>
        /// Where the next line starts (the end of the bytes for the last line).
        let next: Int
    }

    static func line(in bytes: ArraySlice<UInt8>, from start: Int) -> Line {
        guard let newline = bytes[start...].firstIndex(of: .lineFeed) else {
            return Line(contentRange: start..<bytes.endIndex, next: bytes.endIndex)
        }
        var contentEnd = newline
        if contentEnd > start, bytes[contentEnd - 1] == .carriageReturn { contentEnd -= 1 }
        return Line(contentRange: start..<contentEnd, next: newline + 1)
    }
}

extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
    static let hyphen = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "=")
}
