import ArgumentParser
import Foundation
import GmailMCP

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve MCP over stdio (the default).",
        discussion: """
            Environment: CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN (or GOOGLE_-prefixed aliases); \
            GOOGLE_TOKEN_URL, GMAIL_API_URL, PEOPLE_API_URL; GMAIL_MCP_LOG_LEVEL (debug, info, warning, \
            error); GMAIL_MCP_READ_ONLY=1; GMAIL_MCP_TOOLS=name,name. See README.md.
            """
    )

    func run() async throws {
        let configuration = Startup.configuration(from: ProcessInfo.processInfo.environment)
        let logger = Startup.logger(level: configuration.logLevel)
        let code = await GmailMCPServer.serveStdio(configuration: configuration, logger: logger)
        Startup.exit(code)
    }
}
