import Foundation
import MCP

/// The tools' published shape: what `gmail-mcp tools` prints and what `Schemas/*.json` holds,
/// one file per tool, so a change to a tool's contract shows up as a diff in review.
public enum ToolSchemas {
    /// Pretty, key-sorted JSON for one tool, as stored in `Schemas/<name>.json`.
    public static func json(for tool: Tool) -> String {
        encode(tool)
    }

    /// Every implemented tool, in contract order, as one JSON array.
    public static func catalogJSON() -> String {
        encode(ToolCatalog.implemented.map(\.tool))
    }

    /// Writes `<directory>/<name>.json` for every implemented tool; returns the paths written.
    public static func write(to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try ToolCatalog.implemented.map { definition in
            let path = (directory as NSString).appendingPathComponent(definition.name + ".json")
            try Data((json(for: definition.tool) + "\n").utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
