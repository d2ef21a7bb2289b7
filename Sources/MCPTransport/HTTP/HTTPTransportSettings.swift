import Foundation

/// How the Streamable HTTP transport listens and whom it lets in (docs/configuration.md,
/// "HTTP mode").
public struct HTTPTransportSettings: Sendable {
    public var host: String
    /// 0 picks a free port; `StreamableHTTPServer.boundPort` then tells which.
    public var port: Int
    /// When set, every request to the endpoint needs `Authorization: Bearer <it>`.
    public var bearerToken: String?
    public var allowedOrigins: OriginPolicy
    /// The largest request body read; a longer one is 413.
    public var maxRequestBytes: Int
    public var endpointPath = "/mcp"

    public init(
        host: String = "127.0.0.1", port: Int = 8080, bearerToken: String? = nil,
        allowedOrigins: OriginPolicy = .loopback, maxRequestBytes: Int = 64 << 20
    ) {
        self.host = host
        self.port = port
        self.bearerToken = bearerToken
        self.allowedOrigins = allowedOrigins
        self.maxRequestBytes = maxRequestBytes
    }
}

/// Which `Origin` headers a request may carry (a browser page's origin; absent for other
/// clients). Checked against DNS rebinding: a page on an attacker's site must not reach a server
/// on the person's own machine.
public enum OriginPolicy: Sendable, Equatable {
    /// `http(s)://localhost`, `127.0.0.1` and `[::1]`, on any port.
    case loopback
    /// Any origin (`GMAIL_MCP_ALLOWED_ORIGINS=*`).
    case any
    /// Exactly these origins (scheme, host and port as the browser sends them), compared
    /// without case.
    case only(Set<String>)

    /// `GMAIL_MCP_ALLOWED_ORIGINS`: nil or empty is `.loopback`, `*` is `.any`, else a
    /// comma-separated list.
    public static func parse(_ text: String?) -> OriginPolicy {
        let entries = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if entries.isEmpty { return .loopback }
        if entries.contains("*") { return .any }
        return .only(Set(entries.map { $0.lowercased().trimmingSuffix("/") }))
    }

    public func allows(_ origin: String) -> Bool {
        switch self {
        case .any: return true
        case .only(let origins): return origins.contains(origin.lowercased().trimmingSuffix("/"))
        case .loopback:
            let lowered = origin.lowercased()
            for prefix in ["http://", "https://"] where lowered.hasPrefix(prefix) {
                let authority = lowered.dropFirst(prefix.count)
                let host: Substring
                if authority.hasPrefix("[") {
                    host = authority.prefix { $0 != "]" } + "]"
                } else {
                    host = authority.prefix { $0 != ":" && $0 != "/" }
                }
                let rest = authority.dropFirst(host.count)
                guard rest.isEmpty || rest.first == ":" && rest.dropFirst().allSatisfy(\.isNumber) else { return false }
                return ["localhost", "127.0.0.1", "[::1]"].contains(String(host))
            }
            return false
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
