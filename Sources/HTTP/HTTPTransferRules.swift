import CCurl

/// Pure rules about what may be sent and how libcurl's results read, kept apart from the
/// transfer machinery so they can be reasoned about (and tested) alone.
enum HTTPTransferRules {
    /// Header names are tokens; values may not carry CR, LF or NUL, which would let a caller
    /// smuggle extra headers or a second request onto the wire.
    static func isValidHeader(name: String, value: String) -> Bool {
        let tokenCharacters = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        guard !name.isEmpty, name.allSatisfy({ tokenCharacters.contains($0) }) else { return false }
        return !value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
    }

    static func versionName(_ curlVersion: Int) -> String {
        switch curlVersion {
        case Int(CURL_HTTP_VERSION_1_0): return "HTTP/1.0"
        case Int(CURL_HTTP_VERSION_2_0): return "HTTP/2"
        case Int(CURL_HTTP_VERSION_3): return "HTTP/3"
        default: return "HTTP/1.1"
        }
    }

    static func error(for code: CURLcode, summary: String, exceededSizeLimit: Bool) -> HTTPError {
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return HTTPError(.timeout, summary)
        case CURLE_FILESIZE_EXCEEDED:
            return HTTPError(.responseTooLarge, "the response is larger than this request allows")
        case CURLE_WRITE_ERROR where exceededSizeLimit:
            return HTTPError(.responseTooLarge, "the response is larger than this request allows")
        case CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_SSL_CONNECT_ERROR,
            CURLE_PEER_FAILED_VERIFICATION:
            return HTTPError(.network, summary, nothingWasSent: true)
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_BAD_FUNCTION_ARGUMENT:
            return HTTPError(.invalidRequest, summary)
        default:
            return HTTPError(.network, summary)
        }
    }
}
