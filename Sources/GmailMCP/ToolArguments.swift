import Foundation
import MCP

/// A tool call's arguments, read with the checks an agent learns from: every name must be one
/// the tool declares, and every value must have the declared type.
public struct ToolArguments: Sendable {
    private let values: [String: Value]

    public init(_ values: [String: Value]?) {
        self.values = values ?? [:]
    }

    /// Rejects names the tool does not know, naming them and the ones it does.
    public func rejectUnknown(allowed: [String]) throws(ToolError) {
        let unknown = values.keys.filter { !allowed.contains($0) }.sorted()
        guard unknown.isEmpty else {
            let list = unknown.map { "'\($0)'" }.joined(separator: ", ")
            throw .invalidArgument(
                "unknown argument\(unknown.count == 1 ? "" : "s") \(list); this tool takes "
                    + (allowed.isEmpty ? "no arguments" : allowed.joined(separator: ", ")))
        }
    }

    /// A string argument; absent and JSON null both read as nil.
    public func string(_ name: String) throws(ToolError) -> String? {
        switch values[name] {
        case nil, .null?:
            return nil
        case .string(let text)?:
            return text
        case .data?:
            // The SDK decodes any string shaped like a data: URL into `.data`; what the caller
            // sent was a string, so give back exactly that string.
            guard let value = values[name], let text = Self.originalString(of: value) else { fallthrough }
            return text
        default:
            throw .invalidArgument("'\(name)' must be a string, not \(Self.typeName(values[name]))")
        }
    }

    /// The JSON type an agent sent, in JSON's own words.
    static func typeName(_ value: Value?) -> String {
        switch value {
        case nil, .null?: return "null"
        case .bool?: return "a boolean"
        case .int?, .double?: return "a number"
        case .string?, .data?: return "a string"
        case .array?: return "an array"
        case .object?: return "an object"
        }
    }

    private static func originalString(of value: Value) -> String? {
        guard let encoded = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(String.self, from: encoded)
    }
}
