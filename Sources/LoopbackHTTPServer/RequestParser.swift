import Foundation

/// Reads requests off a connection with the framing rules of RFC 9112, strictly enough that a
/// client bug shows up as a 400 instead of a silently different request.
enum RequestParser {
    static let headLimit = 64 * 1024
    static let bodyLimit = 100 * 1024 * 1024
    private static let chunkLineLimit = 4 * 1024

    enum BodyFraming: Equatable {
        case none
        case length(Int)
        case chunked
    }

    static func readHead(from reader: inout ConnectionReader) throws(RequestReadError) -> RequestHead {
        var headBytes = 0
        var requestLine: [UInt8] = []
        // RFC 9112 section 2.2: ignore empty lines before the request line; some clients send a
        // stray CRLF after a POST body.
        while requestLine.isEmpty {
            requestLine = try readHeadLine(from: &reader)
            headBytes += requestLine.count + 2
            if headBytes > headLimit { throw .headTooLarge }
        }
        var head = try parseRequestLine(requestLine)
        while true {
            let line = try readHeadLine(from: &reader)
            headBytes += line.count + 2
            if headBytes > headLimit { throw .headTooLarge }
            if line.isEmpty { return head }
            head.headers.append(try parseHeaderLine(line))
        }
    }

    /// How the body is delimited. Both Transfer-Encoding and Content-Length, or conflicting
    /// lengths, are refused: that ambiguity is what request smuggling exploits.
    static func bodyFraming(of head: RequestHead) throws(RequestReadError) -> BodyFraming {
        let transferEncodings = head.headers.allValues(named: "Transfer-Encoding")
        let contentLengths = head.headers.allValues(named: "Content-Length")
        if !transferEncodings.isEmpty {
            guard contentLengths.isEmpty, head.minorVersion >= 1 else { throw .malformed }
            let codings = transferEncodings.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingHTTPWhitespace().lowercased() }
            guard codings == ["chunked"] else { throw .malformed }
            return .chunked
        }
        guard !contentLengths.isEmpty else { return .none }
        let lengths = Set(
            contentLengths.flatMap { $0.split(separator: ",") }.map { $0.trimmingHTTPWhitespace() })
        guard lengths.count == 1, let text = lengths.first, !text.isEmpty,
            text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { throw .malformed }
        guard let length = Int(text), length <= bodyLimit else { throw .bodyTooLarge }
        return length == 0 ? .none : .length(length)
    }

    static func readBody(
        _ framing: BodyFraming, from reader: inout ConnectionReader
    ) throws(RequestReadError) -> Data {
        switch framing {
        case .none: return Data()
        case .length(let length): return try reader.readBytes(length)
        case .chunked: return try readChunkedBody(from: &reader)
        }
    }

    private static func readChunkedBody(from reader: inout ConnectionReader) throws(RequestReadError)
        -> Data
    {
        var body = Data()
        while true {
            let sizeLine = try readChunkLine(from: &reader)
            let size = try chunkSize(of: sizeLine)
            if size == 0 { break }
            guard size <= bodyLimit - body.count else { throw .bodyTooLarge }
            body.append(try reader.readBytes(size))
            guard try readChunkLine(from: &reader).isEmpty else { throw .malformed }
        }
        // Trailer fields are read to keep the framing, then dropped: no route needs them.
        var trailerBytes = 0
        while true {
            let line = try readHeadLine(from: &reader)
            trailerBytes += line.count + 2
            if trailerBytes > headLimit { throw .headTooLarge }
            if line.isEmpty { return body }
        }
    }

    /// The hex size before any `;extension`; at most 15 digits, so it cannot overflow.
    private static func chunkSize(of line: [UInt8]) throws(RequestReadError) -> Int {
        let sizePart = line.split(
            separator: UInt8(ascii: ";"), maxSplits: 1, omittingEmptySubsequences: false)[0]
        let digits = sizePart.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            .reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed()
        guard !digits.isEmpty, digits.count <= 15 else {
            throw digits.isEmpty ? .malformed : .bodyTooLarge
        }
        var size = 0
        for byte in digits {
            guard let value = PercentDecoding.hexValue(byte) else { throw .malformed }
            size = size << 4 | Int(value)
        }
        return size
    }

    private static func readChunkLine(from reader: inout ConnectionReader) throws(RequestReadError)
        -> [UInt8]
    {
        do throws(RequestReadError) {
            return try reader.readLine(limit: chunkLineLimit)
        } catch {
            throw error == .lineTooLong ? .malformed : error
        }
    }

    private static func readHeadLine(
        from reader: inout ConnectionReader
    ) throws(RequestReadError) -> [UInt8] {
        do throws(RequestReadError) {
            return try reader.readLine(limit: headLimit)
        } catch {
            throw error == .lineTooLong ? .headTooLarge : error
        }
    }

    /// `method SP request-target SP HTTP/1.x`, nothing more and nothing less.
    private static func parseRequestLine(_ line: [UInt8]) throws(RequestReadError) -> RequestHead {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
            !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F })
        else { throw .malformed }
        let target = String(decoding: parts[1], as: UTF8.self)
        guard target.hasPrefix("/") || target == "*" || target.contains("://") else { throw .malformed }
        let version = Array(parts[2])
        let prefix = Array("HTTP/".utf8)
        guard version.count == 8, Array(version[0..<5]) == prefix, version[6] == UInt8(ascii: "."),
            let major = decimalDigit(version[5]), let minor = decimalDigit(version[7])
        else { throw .malformed }
        guard major == 1 else { throw .versionNotSupported }
        return RequestHead(
            method: String(decoding: parts[0], as: UTF8.self),
            target: target,
            minorVersion: min(minor, 1),
            headers: []
        )
    }

    /// `name: value` with no whitespace before the colon and no obsolete line folding, both of
    /// which RFC 9112 tells a server to reject.
    private static func parseHeaderLine(_ line: [UInt8]) throws(RequestReadError) -> HeaderField {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            line[..<colon].allSatisfy(isTokenByte)
        else { throw .malformed }
        let valueBytes = line[(colon + 1)...]
        guard !valueBytes.contains(0) else { throw .malformed }
        let value = decodeFieldText(Array(valueBytes)).trimmingHTTPWhitespace()
        return HeaderField(name: String(decoding: line[..<colon], as: UTF8.self), value: value)
    }

    /// Field values are bytes; UTF-8 is the common case and Latin-1 keeps every other byte.
    private static func decodeFieldText(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    private static func decimalDigit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// RFC 9110 `tchar`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
