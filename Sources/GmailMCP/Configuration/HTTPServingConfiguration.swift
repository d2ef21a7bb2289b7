import Foundation
import MCPTransport

/// HTTP mode's part of the environment (docs/configuration.md, "HTTP mode"): where to listen
/// and whom to let in. Read only by `serve --http` and `sandbox --http`.
public enum HTTPServingConfiguration {
    public static func fromEnvironment(_ environment: [String: String]) throws(ServerConfiguration.Invalid)
        -> HTTPTransportSettings
    {
        let host = environment["HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let port: Int
        switch environment["PORT"] {
        case nil, ""?: port = 8080
        case let text?:
            guard let number = Int(text), (0...65535).contains(number) else {
                throw .init(message: "PORT=\(text) must be a port number from 0 to 65535 (0 picks a free one)")
            }
            port = number
        }
        let maxBytes: Int
        switch environment["GMAIL_MCP_MAX_REQUEST_BYTES"] {
        case nil, ""?: maxBytes = 64 << 20
        case let text?:
            guard let number = Int(text), number > 0 else {
                throw .init(message: "GMAIL_MCP_MAX_REQUEST_BYTES=\(text) must be a positive whole number of bytes")
            }
            maxBytes = number
        }
        let token = environment["GMAIL_MCP_HTTP_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return HTTPTransportSettings(
            host: host, port: port, bearerToken: token,
            allowedOrigins: OriginPolicy.parse(environment["GMAIL_MCP_ALLOWED_ORIGINS"]), maxRequestBytes: maxBytes)
    }

    /// Whether `host` only accepts connections from this machine.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
