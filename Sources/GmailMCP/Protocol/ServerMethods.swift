import Foundation
import MCP
import MCPTransport
import Synchronization

/// The MCP methods this server answers, in both eras, as the dispatcher's handler table: the
/// handshake era's `initialize` and `ping`, the stateless era's `server/discover`, and the tools
/// (`tools/list`, `tools/call`) in either. Every other method is -32601 from the dispatcher.
/// `ProtocolEra` admits each request; results are encoded once, with the SDK's types where they
/// fit and `ModernResult` around them for 2026-07-28.
final class ServerMethods: Sendable {
    let registry: ToolRegistry
    let serverInfo: Server.Info
    let instructions: String
    /// One per connection: on stdio the process, over HTTP each request.
    let era: ProtocolEra

    /// The SDK's rule, kept, that `initialize` comes once per connection.
    private let initialized = Mutex(false)

    private static let capabilities = Server.Capabilities(tools: .init(listChanged: false))

    init(registry: ToolRegistry, serverInfo: Server.Info, instructions: String, era: ProtocolEra) {
        self.registry = registry
        self.serverInfo = serverInfo
        self.instructions = instructions
        self.era = era
    }

    var handlers: [String: MCPDispatcher.Handler] {
        [
            Initialize.name: initialize,
            Ping.name: ping,
            "server/discover": discover,
            ListTools.name: listTools,
            CallTool.name: callTool,
        ]
    }

    private func initialize(_ request: MCPRequest) throws -> Data {
        let params = try request.objectParams()
        let requested: String?
        switch params["protocolVersion"] {
        case nil, .null?: requested = nil
        case .string(let version)?: requested = version
        default: throw JSONRPCError(code: -32602, message: "Invalid params: protocolVersion must be a string")
        }
        try era.admitInitialize(requestedVersion: requested)
        // Over HTTP there is no connection to remember it: any instance answers any initialize.
        let first =
            !era.fixesEra
            || initialized.withLock { done in
                defer { done = true }
                return !done
            }
        guard first else { throw JSONRPCError(code: -32600, message: "Invalid Request: Server is already initialized") }
        return try Self.encode(
            Initialize.Result(
                protocolVersion: ProtocolVersions.negotiate(requested: requested),
                capabilities: Self.capabilities, serverInfo: serverInfo, instructions: instructions))
    }

    private func ping(_ request: MCPRequest) throws -> Data {
        guard case .handshake = try era.admit(request) else {
            throw Self.notInModernEra("ping")
        }
        return Data("{}".utf8)
    }

    private func discover(_ request: MCPRequest) throws -> Data {
        switch try era.admit(request) {
        case .modern:
            let fields = DiscoverFields(
                supportedVersions: ProtocolVersions.modern, capabilities: Self.capabilities, instructions: instructions)
            return try Self.encode(
                ModernResult(base: fields, serverInfo: serverInfo, caching: .processLifetimePublic))
        case .handshake where era.current == .handshake:
            throw JSONRPCError(
                code: -32601,
                message:
                    "Method not found: server/discover belongs to 2026-07-28, and this connection began with initialize"
            )
        case .handshake:
            throw JSONRPCError(
                code: -32602,
                message:
                    #"Invalid params: server/discover needs _meta["\#(ModernEnvelope.versionKey)"], the 2026-07-28 revision it is part of"#
            )
        }
    }

    private func listTools(_ request: MCPRequest) throws -> Data {
        let result = ListTools.Result(tools: registry.tools)
        switch try era.admit(request) {
        case .handshake: return try Self.encode(result)
        case .modern:
            return try Self.encode(ModernResult(base: result, serverInfo: serverInfo, caching: .processLifetimePublic))
        }
    }

    /// `tools/call` read from the `Value` the transport already parsed and its result encoded
    /// once: the SDK's typed round trips would copy an attachment's bytes several times.
    private func callTool(_ request: MCPRequest) async throws -> Data {
        let admission = try era.admit(request)
        let params = try request.objectParams()
        guard case .string(let name)? = params["name"] else {
            throw JSONRPCError(code: -32602, message: "Invalid params: tools/call needs params.name, the tool's name")
        }
        let arguments: [String: Value]?
        switch params["arguments"] {
        case nil, .null?: arguments = nil
        case .object(let values)?: arguments = values
        default:
            throw JSONRPCError(code: -32602, message: "Invalid params: tools/call params.arguments must be an object")
        }
        let progress = ToolProgress.token(in: request.params).map { ToolProgress(token: $0, send: request.notify) }
        let result = try await registry.call(name: name, arguments: arguments, progress: progress)
        switch admission {
        case .handshake: return try Self.encode(result)
        case .modern: return try Self.encode(ModernResult(base: result, serverInfo: serverInfo))
        }
    }

    /// A method the stateless revision removed, asked for in a 2026-07-28 request.
    private static func notInModernEra(_ method: String) -> JSONRPCError {
        JSONRPCError(code: -32601, message: "Method not found: \(method) is not part of 2026-07-28")
    }

    private static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
