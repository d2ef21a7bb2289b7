import Foundation
import MCP
import MCPTransport
import Synchronization

/// The MCP methods this server answers, as the dispatcher's handler table: the handshake
/// (`initialize`, `ping`) and the tools (`tools/list`, `tools/call`). Every other method is
/// -32601 from the dispatcher. Results are encoded once, with the SDK's types where they fit.
final class ServerMethods: Sendable {
    let registry: ToolRegistry
    let serverInfo: Server.Info
    let instructions: String

    /// One per connection (the stdio process): the SDK's rule, kept, that `initialize` comes
    /// once.
    private let initialized = Mutex(false)

    init(registry: ToolRegistry, serverInfo: Server.Info, instructions: String) {
        self.registry = registry
        self.serverInfo = serverInfo
        self.instructions = instructions
    }

    var handlers: [String: MCPDispatcher.Handler] {
        [
            Initialize.name: initialize,
            Ping.name: { _ in Data("{}".utf8) },
            ListTools.name: { _ in try Self.encode(ListTools.Result(tools: self.registry.tools)) },
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
        let first = initialized.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { throw JSONRPCError(code: -32600, message: "Invalid Request: Server is already initialized") }
        return try Self.encode(
            Initialize.Result(
                protocolVersion: ProtocolVersions.negotiate(requested: requested),
                capabilities: .init(tools: .init(listChanged: false)), serverInfo: serverInfo,
                instructions: instructions))
    }

    /// `tools/call` read from the `Value` the transport already parsed and its result encoded
    /// once: the SDK's typed round trips would copy an attachment's bytes several times.
    private func callTool(_ request: MCPRequest) async throws -> Data {
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
        return try Self.encode(try await registry.call(name: name, arguments: arguments, progress: progress))
    }

    private static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
