/// The request line and header fields of one request, before its body is read.
struct RequestHead {
    var method: String
    var target: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1; other versions are refused while parsing.
    var minorVersion: Int
    var headers: [HeaderField]

    /// Comma-separated tokens of every `Connection` field, lowercased.
    var connectionOptions: [String] {
        headers.allValues(named: "Connection").flatMap { value in
            value.split(separator: ",").map { $0.trimmingHTTPWhitespace().lowercased() }
        }
    }

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless asked to keep
    /// it (RFC 9112 section 9.3).
    var wantsKeepAlive: Bool {
        let options = connectionOptions
        if options.contains("close") { return false }
        return minorVersion >= 1 || options.contains("keep-alive")
    }

    /// `Expect: 100-continue` from an HTTP/1.1 client, which then waits for our interim answer
    /// before sending the body (libcurl does so for large uploads, for a second, otherwise).
    var expectsContinue: Bool {
        minorVersion >= 1 && headers.firstValue(named: "Expect")?.lowercased() == "100-continue"
    }

    /// An `Expect` we cannot meet must be answered with 417 (RFC 9110 section 10.1.1).
    var hasUnsupportedExpectation: Bool {
        guard let expect = headers.firstValue(named: "Expect") else { return false }
        return expect.lowercased() != "100-continue"
    }
}

extension StringProtocol {
    /// Trims the optional whitespace (SP and HTAB) that HTTP allows around values.
    func trimmingHTTPWhitespace() -> String {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isWhitespace($0) }),
            let last = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
