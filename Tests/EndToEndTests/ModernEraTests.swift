import Foundation
import Testing

/// The stateless 2026-07-28 revision over stdio, through the real binary (docs/protocol.md, "The
/// stateless revision"): no handshake, the `_meta` envelope on every request, and the era the
/// first request fixes for the process.
@Suite struct ModernEraTests {
    private static var meta: [String: Any] {
        [
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": [String: Any](),
            "io.modelcontextprotocol/clientInfo": ["name": "end-to-end", "version": "1"],
        ]
    }

    private static func serverInfo(_ result: [String: Any]?) -> [String: Any]? {
        (result?["_meta"] as? [String: Any])?["io.modelcontextprotocol/serverInfo"] as? [String: Any]
    }

    private static func error(_ answer: [String: Any]) -> [String: Any]? { answer["error"] as? [String: Any] }

    @Test func aProbingClientDiscoversThenCallsAToolWithNoHandshake() async throws {
        let fixture = try Fixture()
        for subject in ["one", "two", "three"] {
            fixture.fake.deliver(
                raw: ReadingToolsTests.source(subject: subject, body: "hello\r\n"), labelIds: ["INBOX"])
        }
        let server = try fixture.start()
        server.request(id: 1, method: "server/discover", params: ["_meta": Self.meta])
        let discover = try #require(try await server.response(id: 1)["result"] as? [String: Any])
        #expect(discover["resultType"] as? String == "complete")
        #expect((discover["supportedVersions"] as? [String])?.contains("2026-07-28") == true)
        #expect((discover["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect((discover["ttlMs"] as? Int).map { $0 >= 0 } == true)
        #expect(discover["cacheScope"] as? String == "public")
        #expect(Self.serverInfo(discover)?["name"] as? String == "gmail-mcp")
        #expect(Self.serverInfo(discover)?["version"] is String)

        server.request(id: 2, method: "tools/list", params: ["_meta": Self.meta])
        let list = try #require(try await server.response(id: 2)["result"] as? [String: Any])
        #expect(list["resultType"] as? String == "complete")
        #expect(list["ttlMs"] is Int && list["cacheScope"] as? String == "public")
        #expect((list["tools"] as? [[String: Any]])?.first?["name"] as? String == "gmail_fetch_mails")

        server.request(
            id: 3, method: "tools/call",
            params: ["name": "gmail_fetch_mails", "arguments": ["max_results": 2], "_meta": Self.meta])
        let call = try #require(try await server.response(id: 3)["result"] as? [String: Any])
        #expect(call["resultType"] as? String == "complete")
        #expect(call["isError"] as? Bool == false)
        #expect(((call["structuredContent"] as? [String: Any])?["messages"] as? [Any])?.count == 2)
        #expect(Self.serverInfo(call)?["name"] as? String == "gmail-mcp")

        // The first request chose 2026-07-28 for this process: no handshake now, and no ping.
        server.request(id: 4, method: "initialize", params: ["protocolVersion": "2025-11-25", "capabilities": [:]])
        let initialize = try #require(Self.error(try await server.response(id: 4)))
        #expect(initialize["code"] as? Int == -32022)
        #expect((initialize["data"] as? [String: Any])?["supported"] as? [String] == ["2026-07-28"])
        server.request(id: 5, method: "ping", params: ["_meta": Self.meta])
        #expect(Self.error(try await server.response(id: 5))?["code"] as? Int == -32601)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aToolCallCanBeTheFirstRequestOfAProcess() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        server.request(
            id: 7, method: "tools/call", params: ["name": "gmail_refresh_token", "arguments": [:], "_meta": Self.meta])
        let call = try #require(try await server.response(id: 7)["result"] as? [String: Any])
        #expect(call["isError"] as? Bool == false)
        #expect(call["resultType"] as? String == "complete")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anUnsupportedVersionNamesTheSupportedOnesAndMissingCapabilitiesAreInvalidParams() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        var future = Self.meta
        future["io.modelcontextprotocol/protocolVersion"] = "2099-01-01"
        server.request(id: 1, method: "server/discover", params: ["_meta": future])
        let unsupported = try #require(Self.error(try await server.response(id: 1)))
        #expect(unsupported["code"] as? Int == -32022)
        let data = try #require(unsupported["data"] as? [String: Any])
        #expect(data["requested"] as? String == "2099-01-01")
        #expect(
            data["supported"] as? [String] == ["2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"])

        var noCapabilities = Self.meta
        noCapabilities.removeValue(forKey: "io.modelcontextprotocol/clientCapabilities")
        server.request(id: 2, method: "tools/list", params: ["_meta": noCapabilities])
        #expect(Self.error(try await server.response(id: 2))?["code"] as? Int == -32602)

        // Neither refusal chose an era: a handshake still works.
        let initialize = try await server.initialize(version: "2025-11-25", id: 3)
        #expect((initialize["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-11-25")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func afterInitializeModernKeysAreIgnored() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.request(id: 2, method: "tools/list", params: ["_meta": Self.meta])
        let list = try #require(try await server.response(id: 2)["result"] as? [String: Any])
        #expect(list["resultType"] == nil && list["_meta"] == nil && list["ttlMs"] == nil)
        #expect(await fixture.finish(server) == 0)
    }
}
