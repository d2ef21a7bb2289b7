import ArgumentParser
import Foundation
import GmailMCP

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve MCP over stdio (the default), or over Streamable HTTP with --http.",
        discussion: """
            Environment: CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN (or GOOGLE_-prefixed aliases); \
            GOOGLE_TOKEN_URL, GMAIL_API_URL, PEOPLE_API_URL; GMAIL_MCP_LOG_LEVEL (debug, info, warning, \
            error); GMAIL_MCP_READ_ONLY=1; GMAIL_MCP_TOOLS=name,name. With --http: HOST, PORT, GMAIL_MCP_HTTP_TOKEN, \
            GMAIL_MCP_ALLOWED_ORIGINS, GMAIL_MCP_MAX_REQUEST_BYTES. See README.md.
            """
    )

    @Flag(name: .long, help: "Serve MCP Streamable HTTP on HOST:PORT (endpoint /mcp) instead of stdio.")
    var http = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = Startup.configuration(from: environment)
        let logger = Startup.logger(level: configuration.logLevel)
        let code =
            http
            ? await Startup.serveHTTP(configuration: configuration, environment: environment, logger: logger)
            : await GmailMCPServer.serveStdio(configuration: configuration, logger: logger)
        Startup.exit(code)
    }
}
