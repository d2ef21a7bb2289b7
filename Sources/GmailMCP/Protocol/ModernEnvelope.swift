import MCP
import MCPTransport

/// What a 2026-07-28 request carries in `params._meta` in place of a handshake: its protocol
/// version and the client's capabilities (docs/protocol.md, "The stateless revision").
struct ModernEnvelope: Sendable, Equatable {
    static let versionKey = "io.modelcontextprotocol/protocolVersion"
    static let capabilitiesKey = "io.modelcontextprotocol/clientCapabilities"
    static let serverInfoKey = "io.modelcontextprotocol/serverInfo"

    let version: String

    /// How a request presents itself before any era rule applies.
    enum Claim: Equatable {
        /// No modern version in `_meta` (or a handshake-era one, which only `initialize` can
        /// choose): a handshake-era request.
        case none
        /// A modern envelope; `read` checks the rest of it.
        case modern(version: String)
    }

    static func claim(of params: Value?) throws -> Claim {
        guard let version = meta(of: params)?[versionKey] else { return .none }
        guard case .string(let text) = version else {
            throw JSONRPCError(
                code: -32602, message: #"Invalid params: _meta["\#(versionKey)"] must be a string such as "2026-07-28""#
            )
        }
        return ProtocolVersions.handshake.contains(text) ? .none : .modern(version: text)
    }

    /// The envelope of a request that claims the modern era, checked: a version this server
    /// speaks (else -32022 naming `supported`) and the client's capabilities (else -32602).
    static func read(_ params: Value?, version: String, supported: [String]) throws -> ModernEnvelope {
        guard ProtocolVersions.modern.contains(version) else {
            throw JSONRPCError(
                code: -32022,
                message:
                    "Unsupported protocol version: \(version); this server speaks \(supported.joined(separator: ", "))",
                data: ["supported": .array(supported.map(Value.string)), "requested": .string(version)])
        }
        guard case .object? = meta(of: params)?[capabilitiesKey] else {
            throw JSONRPCError(
                code: -32602,
                message:
                    #"Invalid params: a \#(version) request needs _meta["\#(capabilitiesKey)"], an object (empty when the client has none)"#
            )
        }
        return ModernEnvelope(version: version)
    }

    private static func meta(of params: Value?) -> [String: Value]? {
        guard case .object(let fields)? = params, case .object(let meta)? = fields["_meta"] else { return nil }
        return meta
    }
}
