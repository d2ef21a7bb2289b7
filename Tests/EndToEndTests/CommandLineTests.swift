import Foundation
import Testing

/// Start-up checks, subcommands and the published schemas.
@Suite struct CommandLineTests {
    @Test(arguments: ["GMAIL_API_URL", "GOOGLE_TOKEN_URL", "PEOPLE_API_URL", "GOOGLE_AUTH_URL"])
    func plainHTTPToAnotherHostIsRefusedWithExitCode2(variable: String) async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment[variable] = "http://example.com"
        let server = try fixture.start(environment: environment)
        #expect(await server.waitForExit() == 2)
        #expect(server.stderr.contains(variable))
        #expect(server.stderr.contains("http"))
        #expect(server.stdoutLines.isEmpty)
        server.assertCleanTranscript()
    }

    @Test(arguments: ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9", "http://127.8.9.10:9"])
    func plainHTTPToLoopbackIsAccepted(url: String) async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment["GMAIL_API_URL"] = url
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        #expect(await fixture.finish(server) == 0)
    }

    @Test(arguments: [
        ("GMAIL_MCP_TOOLS", "gmail_refresh_token,gmail_teleport"), ("GMAIL_MCP_LOG_LEVEL", "chatty"),
        ("GMAIL_MCP_READ_ONLY", "maybe"), ("GMAIL_MCP_MAX_INLINE_BYTES", "-5"), ("GMAIL_API_URL", "ftp://x.example"),
    ])
    func aMisconfigurationStopsTheServerWithExitCode2(variable: String, value: String) async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment[variable] = value
        let server = try fixture.start(environment: environment)
        #expect(await server.waitForExit() == 2)
        #expect(server.stderr.contains(variable))
        server.assertCleanTranscript()
    }

    @Test func theServerStartsWithNoSecretsAtAll() async throws {
        let server = try ServerProcess(environment: [:])
        try await server.initialize()
        server.request(id: 2, method: "tools/list")
        let tools = (try await server.response(id: 2)["result"] as? [String: Any])?["tools"] as? [[String: Any]]
        #expect(tools?.isEmpty == false)
        #expect(await server.finish() == 0)
    }

    @Test func gmailMcpToolsSelectsTools() async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment["GMAIL_MCP_TOOLS"] = "gmail_fetch_mails"
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        server.request(id: 2, method: "tools/list")
        let tools = (try await server.response(id: 2)["result"] as? [String: Any])?["tools"] as? [[String: Any]]
        #expect(tools?.contains { $0["name"] as? String == "gmail_refresh_token" } == false)
        server.startToolCall(id: 3)
        #expect((try await server.response(id: 3)["error"] as? [String: Any])?["code"] as? Int == -32602)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func versionAndHelpPrintAndExitZero() async throws {
        let version = try ServerProcess(arguments: ["--version"], environment: [:])
        #expect(await version.waitForExit() == 0)
        #expect(version.stdoutLines.first?.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil)
        let help = try ServerProcess(arguments: ["--help"], environment: [:])
        #expect(await help.waitForExit() == 0)
        let text = help.stdoutLines.joined(separator: "\n")
        #expect(text.contains("sandbox"))
        #expect(text.contains("tools"))
    }

    @Test func toolsPrintsTheCatalogAndSchemasFolderMatchesIt() async throws {
        let process = try ServerProcess(arguments: ["tools"], environment: [:])
        #expect(await process.waitForExit() == 0)
        let json = process.stdoutLines.joined(separator: "\n")
        let tools = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(
            tools.map { $0["name"] as? String } == [
                "gmail_fetch_mails", "gmail_get_message_by_id", "gmail_get_attachment_by_id", "gmail_send",
                "gmail_list_drafts", "gmail_search_people", "gmail_list_contacts", "gmail_refresh_token",
            ])

        // Schemas/ is the reviewed copy: it must match the code. Rewrite it with
        // `swift run gmail-mcp tools --write Schemas` after changing a tool.
        let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas")
        let files = try FileManager.default.contentsOfDirectory(atPath: schemas.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(tools.compactMap { $0["name"] as? String }.map { $0 + ".json" }))
        for tool in tools {
            let name = try #require(tool["name"] as? String)
            let stored = try JSONSerialization.jsonObject(
                with: Data(contentsOf: schemas.appendingPathComponent(name + ".json")))
            #expect(
                NSDictionary(dictionary: stored as? [String: Any] ?? [:]).isEqual(to: tool),
                "Schemas/\(name).json differs from the code: run `swift run gmail-mcp tools --write Schemas`")
        }
    }

    @Test func sandboxServesRealToolCallsWithoutAGoogleAccount() async throws {
        let server = try ServerProcess(arguments: ["sandbox"], environment: ["CLIENT_SECRET": "my-real-secret"])
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(!result.isError, "\(result.text)")
        #expect(result.structured?["status"] as? String == "success")
        #expect(server.stderr.contains("SANDBOX"))
        #expect(await server.finish() == 0)
        #expect(!server.stderr.contains("my-real-secret"))
    }
}
