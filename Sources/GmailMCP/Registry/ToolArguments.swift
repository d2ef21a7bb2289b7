import Foundation
import MCP

/// A tool call's arguments, read with the checks an agent learns from: every name must be one
/// the tool declares, and every value must have the declared type.
///
/// Empty means absent: strict-mode clients (OpenAI strict JSON schemas, Pydantic AI
/// `strict=True`) send every declared field and fill the unwanted ones with `null`, `""` or
/// `[]`, so every reader here treats those three exactly like a missing argument. Required
/// arguments therefore come out nil when given empty, and the `required…` readers refuse them.
/// `false` and `0` are values.
public struct ToolArguments: Sendable {
    private let values: [String: Value]
    /// Where these arguments sit in the call, for messages: "" at the top, `attachments[2].`
    /// inside an array of objects.
    private let path: String

    public init(_ values: [String: Value]?, path: String = "") {
        self.values = values ?? [:]
        self.path = path
    }

    /// Rejects names the tool does not know, naming them and the ones it does.
    public func rejectUnknown(allowed: [String]) throws(ToolError) {
        let unknown = values.keys.filter { !allowed.contains($0) }.sorted()
        guard unknown.isEmpty else {
            let list = unknown.map { "'\(path)\($0)'" }.joined(separator: ", ")
            throw .invalidArgument(
                "unknown argument\(unknown.count == 1 ? "" : "s") \(list); "
                    + (path.isEmpty ? "this tool takes " : "'\(path.dropLast())' takes ")
                    + (allowed.isEmpty ? "no arguments" : allowed.joined(separator: ", ")))
        }
    }

    /// The value, or nil when it is absent or empty (`null`, `""`, `[]`).
    private func given(_ name: String) -> Value? {
        switch values[name] {
        case nil, .null?, .string("")?, .array([])?: return nil
        case let value?: return value
        }
    }

    /// A string argument; absent, null and "" all read as nil.
    public func string(_ name: String) throws(ToolError) -> String? {
        switch given(name) {
        case nil:
            return nil
        case .string(let text)?:
            return text
        case .data?:
            // The SDK decodes any string shaped like a data: URL into `.data`; what the caller
            // sent was a string, so give back exactly that string.
            guard let value = values[name], let text = Self.originalString(of: value) else { fallthrough }
            return text
        default:
            throw .invalidArgument("'\(path)\(name)' must be a string, not \(Self.typeName(values[name]))")
        }
    }

    /// A required string: absent, null or empty is `invalid_argument`.
    public func requiredString(_ name: String) throws(ToolError) -> String {
        guard let value = try string(name) else {
            throw .invalidArgument("'\(path)\(name)' is required")
        }
        return value
    }

    /// An integer within `range`; JSON numbers like 20.0 count as integers.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(ToolError) -> Int? {
        let number: Int
        switch given(name) {
        case nil:
            return nil
        case .int(let value)?:
            number = value
        case .double(let value)? where value.rounded() == value && abs(value) < 1e15:
            number = Int(value)
        default:
            throw .invalidArgument("'\(path)\(name)' must be a whole number, not \(Self.typeName(values[name]))")
        }
        guard range.contains(number) else {
            throw .invalidArgument(
                "'\(path)\(name)' must be between \(range.lowerBound) and \(range.upperBound); \(number) is out of range"
            )
        }
        return number
    }

    public func boolean(_ name: String) throws(ToolError) -> Bool? {
        switch given(name) {
        case nil: return nil
        case .bool(let value)?: return value
        default: throw .invalidArgument("'\(path)\(name)' must be true or false, not \(Self.typeName(values[name]))")
        }
    }

    /// A string that must be one of `allowed`.
    public func choice(_ name: String, from allowed: [String]) throws(ToolError) -> String? {
        guard let value = try string(name) else { return nil }
        guard allowed.contains(value) else {
            throw .invalidArgument(
                "'\(path)\(name)' must be one of \(allowed.joined(separator: ", ")); '\(value.prefix(60))' is not")
        }
        return value
    }

    /// An array of strings; with `acceptingSingle` (the address fields only: "arrays are
    /// arrays" everywhere else), a lone string counts as a one-element array.
    public func strings(_ name: String, acceptingSingle: Bool = false) throws(ToolError) -> [String]? {
        switch given(name) {
        case nil:
            return nil
        case .array(let items)?:
            var result: [String] = []
            for (index, item) in items.enumerated() {
                // An item is a value of its own: "" inside an array stays "" (and the tool says
                // what is wrong with it), it does not vanish.
                guard let text = Self.text(of: item) else {
                    throw .invalidArgument("'\(path)\(name)[\(index)]' must be a string, not \(Self.typeName(item))")
                }
                result.append(text)
            }
            return result
        case .string? where acceptingSingle, .data? where acceptingSingle:
            return try string(name).map { [$0] }
        default:
            throw .invalidArgument("'\(path)\(name)' must be an array of strings, not \(Self.typeName(values[name]))")
        }
    }

    /// An array of objects, each read as arguments of its own (`attachments[0].filename`).
    public func objects(_ name: String) throws(ToolError) -> [ToolArguments]? {
        switch given(name) {
        case nil:
            return nil
        case .array(let items)?:
            var result: [ToolArguments] = []
            for (index, item) in items.enumerated() {
                guard case .object(let fields) = item else {
                    throw .invalidArgument(
                        "'\(path)\(name)[\(index)]' must be an object, not \(Self.typeName(item))")
                }
                result.append(ToolArguments(fields, path: "\(path)\(name)[\(index)]."))
            }
            return result
        default:
            throw .invalidArgument("'\(path)\(name)' must be an array of objects, not \(Self.typeName(values[name]))")
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

    /// The string a JSON string value holds, data-URL-shaped ones included; nil for other types.
    private static func text(of value: Value) -> String? {
        switch value {
        case .string(let text): return text
        case .data: return originalString(of: value)
        default: return nil
        }
    }

    private static func originalString(of value: Value) -> String? {
        guard let encoded = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(String.self, from: encoded)
    }
}
