import Foundation
import MCP

/// A tool call's arguments, read with the checks an agent learns from: every name must be one
/// the tool declares, and every value must have the declared type.
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
            throw .invalidArgument("'\(path)\(name)' must be a string, not \(Self.typeName(values[name]))")
        }
    }

    /// A required string: absent, null or empty is `invalid_argument`.
    public func requiredString(_ name: String) throws(ToolError) -> String {
        guard let value = try string(name), !value.isEmpty else {
            throw .invalidArgument("'\(path)\(name)' is required")
        }
        return value
    }

    /// An integer within `range`; JSON numbers like 20.0 count as integers.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(ToolError) -> Int? {
        let number: Int
        switch values[name] {
        case nil, .null?:
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
        switch values[name] {
        case nil, .null?: return nil
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

    /// An array of strings; with `acceptingSingle`, a lone string counts as a one-element array.
    public func strings(_ name: String, acceptingSingle: Bool = false) throws(ToolError) -> [String]? {
        switch values[name] {
        case nil, .null?:
            return nil
        case .array(let items)?:
            var result: [String] = []
            for (index, item) in items.enumerated() {
                guard let text = try? ToolArguments(["item": item]).string("item") else {
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
        switch values[name] {
        case nil, .null?:
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

    private static func originalString(of value: Value) -> String? {
        guard let encoded = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(String.self, from: encoded)
    }
}
