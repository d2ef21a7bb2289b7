import ArgumentParser
import Foundation
import GmailMCP
import GoogleSandbox

struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract:
            "Serve MCP (stdio, or Streamable HTTP with --http) against a built-in fake Google on loopback (no Google account needed).",
        discussion: """
            Starts a fake Google (OAuth token endpoint, and the Gmail and People APIs as they are built) on a \
            free 127.0.0.1 port with a seeded account, and points the server at it. Nothing reaches Google, and \
            real credentials in the environment are ignored.
            """
    )

    @Flag(name: .long, help: "Serve MCP Streamable HTTP on HOST:PORT (endpoint /mcp) instead of stdio.")
    var http = false

    func run() async throws {
        let fake: FakeGoogle
        do {
            fake = try FakeGoogle()
        } catch {
            Startup.fail("could not start the sandbox's fake Google on loopback: \(error)", code: 1)
        }
        var environment = ProcessInfo.processInfo.environment
        // The sandbox's own account replaces whatever is configured, so real secrets never
        // travel even to loopback.
        for name in ["CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"] {
            environment.removeValue(forKey: "GOOGLE_" + name)
        }
        environment["CLIENT_ID"] = SandboxSeed.clientID
        environment["CLIENT_SECRET"] = SandboxSeed.clientSecret
        environment["REFRESH_TOKEN"] = SandboxSeed.refreshToken
        environment["GOOGLE_TOKEN_URL"] = fake.tokenURL
        environment["GMAIL_API_URL"] = fake.baseURL
        environment["PEOPLE_API_URL"] = fake.baseURL

        let configuration = Startup.configuration(from: environment)
        let logger = Startup.logger(level: configuration.logLevel)
        Startup.stderr(
            "gmail-mcp sandbox: this is a SANDBOX. A fake Google at \(fake.baseURL) serves a seeded test account; "
                + "nothing reaches Google, and gmail_send delivers into the sandbox mailbox only.")
        let code =
            http
            ? await Startup.serveHTTP(configuration: configuration, environment: environment, logger: logger)
            : await GmailMCPServer.serveStdio(configuration: configuration, logger: logger)
        fake.stop()
        Startup.exit(code)
    }
}
