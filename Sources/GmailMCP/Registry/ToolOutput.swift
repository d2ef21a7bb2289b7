import Foundation
import MCP

/// A tool's successful answer: the structured result (which the text item repeats as JSON, for
/// clients that read only text) plus any extra content such as an image.
public struct ToolOutput: Sendable {
    public var structured: Value
    public var extraContent: [Tool.Content]

    public init(structured: Value, extraContent: [Tool.Content] = []) {
        self.structured = structured
        self.extraContent = extraContent
    }

    func callResult() -> CallTool.Result {
        let text = Tool.Content.text(text: JSONText.encode(structured), annotations: nil, _meta: nil)
        return CallTool.Result(content: [text] + extraContent, structuredContent: Optional(structured), isError: false)
    }

    static func failure(_ error: ToolError) -> CallTool.Result {
        CallTool.Result(content: [.text(text: error.description, annotations: nil, _meta: nil)], isError: true)
    }
}

/// Compact JSON with sorted keys: stable text for the same structure, which keeps results
/// diffable and cache-friendly for clients.
enum JSONText {
    static func encode(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
