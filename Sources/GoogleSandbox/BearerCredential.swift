import LoopbackHTTPServer

/// What a request presents as credentials to a googleapis.com API, read the same way for Gmail
/// and People: `Authorization: Bearer …` (scheme case-insensitive), else the `access_token`
/// parameter Google also accepts.
struct BearerCredential {
    /// nil when the request presents something that is not a bearer token, which Google calls
    /// invalid rather than missing.
    let token: String?

    /// nil when the request presents nothing at all.
    init?(of request: HTTPServerRequest) {
        if let header = request.header("Authorization") {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                token = nil
                return
            }
            let value = parts[1].trimmingWhitespace()
            token = value.isEmpty ? nil : value
            return
        }
        guard let value = request.queryValues("access_token").first, !value.isEmpty else { return nil }
        token = value
    }
}
