import Foundation
import LoopbackHTTPServer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

public struct RawHTTPError: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }
}

/// A response as read off the wire by `RawHTTPConnection`.
public struct RawHTTPResponse: Sendable {
    public let status: Int
    public let headers: [HeaderField]
    public let body: Data

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public func headerCount(_ name: String) -> Int {
        headers.filter { $0.name.lowercased() == name.lowercased() }.count
    }

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object; fails the test (by throwing) when it is anything else.
    public func jsonObject() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw RawHTTPError(description: "body is not a JSON object: \(text)")
        }
        return object
    }
}

/// A deliberately literal HTTP/1.1 client over one blocking socket: the tests decide every
/// byte that is sent, and see exactly what comes back, including when the server closes.
public final class RawHTTPConnection {
    private let socketDescriptor: Int32
    private var buffer: [UInt8] = []
    private var isClosed = false

    public init(port: Int, receiveTimeoutSeconds: Int = 10) throws {
        socketDescriptor = socket(AF_INET, Self.streamType, 0)
        guard socketDescriptor >= 0 else {
            throw RawHTTPError(description: "socket() failed: \(errno)")
        }
        var timeout = timeval(tv_sec: receiveTimeoutSeconds, tv_usec: 0)
        _ = setsockopt(
            socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(socketDescriptor)
            throw RawHTTPError(description: "connect() failed: \(code)")
        }
    }

    deinit {
        disconnect()
    }

    public func disconnect() {
        guard !isClosed else { return }
        isClosed = true
        _ = close(socketDescriptor)
    }

    public func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    public func write(_ data: Data) throws {
        let sent = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let written = send(
                    socketDescriptor, bytes.baseAddress! + offset, bytes.count - offset, Self.noSignal)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        guard sent else { throw RawHTTPError(description: "send() failed: \(errno)") }
    }

    /// Sends a bare `GET` on this connection and reads the answer.
    public func get(_ target: String) throws -> RawHTTPResponse {
        try write("GET \(target) HTTP/1.1\r\nHost: localhost\r\n\r\n")
        return try readResponse()
    }

    /// Reads one response. `bodyless` is for HEAD, where Content-Length describes a body that
    /// is not sent. Interim 1xx responses are returned like any other, so tests can see them.
    public func readResponse(bodyless: Bool = false) throws -> RawHTTPResponse {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw RawHTTPError(description: "bad status line: \(statusLine)")
        }
        var headers: [HeaderField] = []
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else {
                throw RawHTTPError(description: "bad header line: \(line)")
            }
            headers.append(
                HeaderField(
                    name: String(line[..<colon]),
                    value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let response = RawHTTPResponse(status: status, headers: headers, body: Data())
        if !bodyless, response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            return RawHTTPResponse(status: status, headers: headers, body: try readChunkedBody())
        }
        guard !bodyless, let lengthText = response.header("Content-Length") else { return response }
        guard let length = Int(lengthText) else {
            throw RawHTTPError(description: "bad length \(lengthText)")
        }
        return RawHTTPResponse(status: status, headers: headers, body: try readBytes(length))
    }

    /// A chunked body (RFC 9112 section 7.1), trailers skipped.
    private func readChunkedBody() throws -> Data {
        var body = Data()
        while true {
            let sizeLine = try readLine()
            let sizeText = sizeLine.split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw RawHTTPError(description: "bad chunk size line: \(sizeLine)")
            }
            if size == 0 {
                while try !readLine().isEmpty {}
                return body
            }
            body.append(try readBytes(size))
            guard try readLine().isEmpty else { throw RawHTTPError(description: "no CRLF after a chunk") }
        }
    }

    /// True when the server closes the connection (end of stream) with nothing more to say.
    public func serverClosed() -> Bool {
        guard buffer.isEmpty else { return false }
        var byte: UInt8 = 0
        while true {
            let count = recv(socketDescriptor, &byte, 1, 0)
            if count < 0 && errno == EINTR { continue }
            return count == 0 || (count < 0 && errno == ECONNRESET)
        }
    }

    private func readLine() throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            try fill()
        }
    }

    private func readBytes(_ count: Int) throws -> Data {
        while buffer.count < count {
            try fill()
        }
        let bytes = Data(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = recv(socketDescriptor, &chunk, chunk.count, 0)
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0 && errno == EINTR { continue }
            throw RawHTTPError(
                description: count == 0 ? "connection closed by server" : "recv() failed: \(errno)")
        }
    }

    #if canImport(Glibc)
        private static let streamType = Int32(SOCK_STREAM.rawValue)
        private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
        private static let streamType = SOCK_STREAM
        private static let noSignal: Int32 = 0
    #endif
}
