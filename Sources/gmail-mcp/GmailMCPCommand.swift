import ArgumentParser
import Foundation
import GmailMCP

@main
struct GmailMCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gmail-mcp",
        abstract: "A Model Context Protocol server that gives LLM agents safe access to Gmail.",
        discussion: """
            With no subcommand it serves MCP over stdio, reading CLIENT_ID, CLIENT_SECRET and \
            REFRESH_TOKEN from the environment. Logs go to stderr; stdout carries protocol messages only.
            """,
        version: GmailMCPServer.version,
        subcommands: [ServeCommand.self, SandboxCommand.self, ToolsCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
