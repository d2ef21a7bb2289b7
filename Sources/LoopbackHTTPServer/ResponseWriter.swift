import Foundation

/// Serialises a response. The framing headers are always ours: whatever the handler put in
/// `Content-Length`, `Transfer-Encoding` or `Connection` is replaced, so the byte stream the
/// client sees is always self-consistent.
enum ResponseWriter {
    private static let framingHeaders: Set<String> = [
        "content-length", "transfer-encoding", "connection",
    ]
    /// Bodies up to this size go out in the same send() as the head.
    private static let coalesceLimit = 64 * 1024

    enum ConnectionDirective {
        case close
        case keepAlive
        /// HTTP/1.0 keep-alive must be confirmed explicitly, or the client closes anyway.
        case keepAliveConfirmed
    }

    /// Whether the handler asked for the connection to end after this response.
    static func asksToClose(_ response: HTTPServerResponse) -> Bool {
        response.headers.allValues(named: "Connection").contains { value in
            value.split(separator: ",").contains { $0.trimmingHTTPWhitespace().lowercased() == "close" }
        }
    }

    /// Writes the whole response; false when the client is gone.
    static func write(
        _ response: HTTPServerResponse, to descriptor: Int32, omittingBody: Bool,
        directive: ConnectionDirective
    ) -> Bool {
        // RFC 9110: 1xx, 204 and 304 never carry content, and 1xx/204 no Content-Length.
        let mayHaveContent =
            !(100..<200).contains(response.status) && response.status != 204 && response.status != 304
        var head = "HTTP/1.1 \(response.status) \(ReasonPhrase.forStatus(response.status))\r\n"
        for field in response.headers where !framingHeaders.contains(field.name.lowercased()) {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(RequestParser.isTokenByte) else {
                continue
            }
            head += "\(field.name): \(sanitisedValue(field.value))\r\n"
        }
        if mayHaveContent {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        switch directive {
        case .close: head += "Connection: close\r\n"
        case .keepAlive: break
        case .keepAliveConfirmed: head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Data(head.utf8)
        let body = mayHaveContent && !omittingBody ? response.body : Data()
        if body.count <= coalesceLimit {
            bytes.append(body)
            return send(bytes, to: descriptor)
        }
        return send(bytes, to: descriptor) && send(body, to: descriptor)
    }

    /// The interim answer to `Expect: 100-continue`.
    static func writeContinue(to descriptor: Int32) -> Bool {
        send(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: descriptor)
    }

    private static func send(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { SocketCalls.sendAll(descriptor, $0) }
    }

    /// A CR or LF in a value would let a handler bug split the response; make it a space.
    private static func sanitisedValue(_ value: String) -> String {
        guard value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return String(value.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
