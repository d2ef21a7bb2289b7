import Foundation
import GoogleAuth
import HTTP
import Logging
import MCP
import MCPTransport
import Testing

@testable import GmailMCP

/// The server's method table on its own, without a transport: what each method answers and
/// refuses. Nothing here reaches Google (the endpoints point at a closed port).
@Suite struct ServerMethodsTests {
    private static func methods(selection: ToolSelection = .all, fixedByFirstRequest: Bool = true) throws
        -> ServerMethods
    {
        let context = ToolContext(
            http: HTTPClient(), endpoints: try GoogleEndpoints.fromEnvironment(["GMAIL_API_URL": "http://127.0.0.1:9"]),
            environmentCredentials: PartialCredentials(clientID: nil, clientSecret: nil, refreshToken: nil),
            logger: Logger(label: "test"))
        let registry = ToolRegistry(definitions: ToolCatalog.implemented, selection: selection, context: context)
        return ServerMethods(
            registry: registry, serverInfo: Server.Info(name: "gmail-mcp", version: "0", title: "Gmail"),
            instructions: "instructions", era: ProtocolEra(fixedByFirstRequest: fixedByFirstRequest))
    }

    private static func call(_ methods: ServerMethods, _ method: String, _ params: Value? = nil) async throws
        -> [String: Any]
    {
        let handler = try #require(methods.handlers[method])
        let answer = try await handler(MCPRequest(id: .number(1), method: method, params: params, notify: { _ in }))
        return try #require(try JSONSerialization.jsonObject(with: answer) as? [String: Any])
    }

    private static func refusal(_ methods: ServerMethods, _ method: String, _ params: Value?) async -> JSONRPCError? {
        do {
            _ = try await call(methods, method, params)
            return nil
        } catch {
            return error as? JSONRPCError
        }
    }

    @Test(arguments: [
        ("2025-11-25", "2025-11-25"), ("2025-06-18", "2025-06-18"), ("2025-03-26", "2025-03-26"),
        ("2024-11-05", "2024-11-05"), ("2026-07-28", "2025-11-25"), ("1999-01-01", "2025-11-25"),
    ])
    func initializeAnswersTheClientsVersionWhenItIsOursElseTheNewest(requested: String, answered: String)
        async throws
    {
        let result = try await Self.call(try Self.methods(), "initialize", ["protocolVersion": .string(requested)])
        #expect(result["protocolVersion"] as? String == answered)
        #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "gmail-mcp")
        #expect(
            ((result["capabilities"] as? [String: Any])?["tools"] as? [String: Any])?["listChanged"] as? Bool == false)
    }

    @Test func initializeComesOncePerConnection() async throws {
        let methods = try Self.methods()
        _ = try await Self.call(methods, "initialize", ["protocolVersion": "2025-06-18"])
        let second = await Self.refusal(methods, "initialize", ["protocolVersion": "2025-06-18"])
        #expect(second?.code == -32600)
        // Another connection has its own state.
        _ = try await Self.call(try Self.methods(), "initialize", ["protocolVersion": "2025-06-18"])
    }

    @Test func malformedParamsAreInvalidParams() async throws {
        let methods = try Self.methods()
        #expect(await Self.refusal(methods, "initialize", ["protocolVersion": 20250618])?.code == -32602)
        #expect(await Self.refusal(methods, "initialize", .array([]))?.code == -32602)
        #expect(await Self.refusal(methods, "tools/call", ["arguments": [:]])?.code == -32602)
        #expect(await Self.refusal(methods, "tools/call", ["name": 7])?.code == -32602)
        #expect(
            await Self.refusal(methods, "tools/call", ["name": "gmail_fetch_mails", "arguments": "{}"])?.code == -32602)
    }

    @Test func toolsListFollowsTheCatalogueAndTheSelection() async throws {
        let all = try await Self.call(try Self.methods(), "tools/list")
        let names = (all["tools"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ToolCatalog.names)
        let readOnly = try await Self.call(try Self.methods(selection: .init(readOnly: true, names: nil)), "tools/list")
        let readOnlyNames = (readOnly["tools"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(!readOnlyNames.isEmpty && !readOnlyNames.contains("gmail_send"))
    }

    @Test func pingAnswersAnEmptyObject() async throws {
        #expect(try await Self.call(try Self.methods(), "ping").isEmpty)
    }

    // MARK: 2026-07-28

    private static let modernMeta: Value = [
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": [:],
        "io.modelcontextprotocol/clientInfo": ["name": "test", "version": "1"],
    ]

    private static func serverInfo(of result: [String: Any]) -> [String: Any]? {
        (result["_meta"] as? [String: Any])?["io.modelcontextprotocol/serverInfo"] as? [String: Any]
    }

    @Test func discoverDescribesTheServerWithoutAHandshake() async throws {
        let result = try await Self.call(try Self.methods(), "server/discover", ["_meta": Self.modernMeta])
        #expect(result["resultType"] as? String == "complete")
        #expect(result["supportedVersions"] as? [String] == ["2026-07-28"])
        #expect((result["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect((result["ttlMs"] as? Int).map { $0 >= 0 } == true)
        #expect(result["cacheScope"] as? String == "public")
        #expect(Self.serverInfo(of: result)?["name"] as? String == "gmail-mcp")
        #expect(Self.serverInfo(of: result)?["version"] as? String == "0")
    }

    @Test func modernToolsListAndToolsCallWorkAsTheFirstRequest() async throws {
        let list = try await Self.call(try Self.methods(), "tools/list", ["_meta": Self.modernMeta])
        #expect((list["tools"] as? [[String: Any]])?.count == ToolCatalog.names.count)
        #expect(list["resultType"] as? String == "complete")
        #expect(list["cacheScope"] as? String == "public" && list["ttlMs"] is Int)
        #expect(Self.serverInfo(of: list)?["name"] as? String == "gmail-mcp")

        // No credentials: the tool answers auth_missing without reaching Google.
        let call = try await Self.call(
            try Self.methods(), "tools/call",
            ["name": "gmail_refresh_token", "arguments": [:], "_meta": Self.modernMeta])
        #expect(call["resultType"] as? String == "complete")
        #expect(call["isError"] as? Bool == true)
        #expect(Self.serverInfo(of: call)?["name"] as? String == "gmail-mcp")
        #expect(call["ttlMs"] == nil)
    }

    @Test func anUnsupportedModernVersionIsRefusedNamingTheSupportedOnes() async throws {
        var meta = Self.modernMeta.objectValue ?? [:]
        meta["io.modelcontextprotocol/protocolVersion"] = "2099-01-01"
        let methods = try Self.methods()
        let refusal = await Self.refusal(methods, "server/discover", ["_meta": .object(meta)])
        #expect(refusal?.code == -32022)
        // Nothing chosen yet: both eras are still open, so the handshake versions are listed too.
        #expect(refusal?.data?.objectValue?["supported"] == .array(ProtocolVersions.all.map(Value.string)))
        #expect(refusal?.data?.objectValue?["requested"] == "2099-01-01")
    }

    @Test func aModernRequestWithoutClientCapabilitiesIsInvalidParams() async throws {
        let meta: Value = ["io.modelcontextprotocol/protocolVersion": "2026-07-28"]
        let refusal = await Self.refusal(try Self.methods(), "tools/list", ["_meta": meta])
        #expect(refusal?.code == -32602)
        #expect(refusal?.message.contains("clientCapabilities") == true)
    }

    @Test func afterAModernRequestInitializeIsUnsupportedAndPingIsGone() async throws {
        let methods = try Self.methods()
        _ = try await Self.call(methods, "server/discover", ["_meta": Self.modernMeta])
        let initialize = await Self.refusal(methods, "initialize", ["protocolVersion": "2025-11-25"])
        #expect(initialize?.code == -32022)
        #expect(initialize?.data?.objectValue?["supported"] == ["2026-07-28"])
        #expect(await Self.refusal(methods, "ping", ["_meta": Self.modernMeta])?.code == -32601)
        #expect(await Self.refusal(methods, "tools/list", nil)?.code == -32602)
    }

    @Test func afterInitializeModernKeysAreIgnored() async throws {
        let methods = try Self.methods()
        _ = try await Self.call(methods, "initialize", ["protocolVersion": "2025-06-18"])
        let list = try await Self.call(methods, "tools/list", ["_meta": Self.modernMeta])
        #expect(list["resultType"] == nil && list["_meta"] == nil)
        #expect(await Self.refusal(methods, "server/discover", ["_meta": Self.modernMeta])?.code == -32601)
    }

    @Test func whenNothingIsFixedEveryRequestStandsOnItsOwn() async throws {
        let methods = try Self.methods(fixedByFirstRequest: false)
        _ = try await Self.call(methods, "server/discover", ["_meta": Self.modernMeta])
        _ = try await Self.call(methods, "initialize", ["protocolVersion": "2025-11-25"])
        let modern = try await Self.call(methods, "tools/list", ["_meta": Self.modernMeta])
        #expect(modern["resultType"] as? String == "complete")
        let handshake = try await Self.call(methods, "tools/list")
        #expect(handshake["resultType"] == nil)
    }
}
