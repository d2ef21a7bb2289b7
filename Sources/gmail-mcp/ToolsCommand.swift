import ArgumentParser
import Foundation
import GmailMCP

struct ToolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools",
        abstract: "Print every tool's schema (name, title, description, annotations, input and output schema) as JSON."
    )

    @Option(name: .customLong("write"), help: "Write one <tool>.json per tool into this folder instead (e.g. Schemas).")
    var directory: String?

    func run() throws {
        guard let directory else {
            print(ToolSchemas.catalogJSON())
            return
        }
        for path in try ToolSchemas.write(to: directory) {
            FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
        }
    }
}
