import Foundation
import MCP

/// Checks a JSON value against the subset of JSON Schema the tools use (type, properties,
/// required, additionalProperties, items, enum, const, minimum, maximum, maxItems), returning
/// every violation as a path and a sentence. It works on the SDK's `Value`, decoded from the
/// raw line, so booleans and integers cannot be blurred by Foundation's number bridging.
enum SchemaValidator {
    static func violations(of value: Value, against schema: Value, path: String = "$") -> [String] {
        guard case .object(let rules) = schema else { return [] }
        if case .string(let type)? = rules["type"], !matches(value, type: type) {
            return ["\(path): expected \(type), got \(String(describing: value).prefix(80))"]
        }
        var problems: [String] = []
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            problems.append("\(path): \(value) is not one of \(allowed)")
        }
        if let constant = rules["const"], constant != value {
            problems.append("\(path): expected the constant \(constant)")
        }
        if let number = numeric(value) {
            if let minimum = rules["minimum"].flatMap(numeric), number < minimum {
                problems.append("\(path): \(number) < minimum \(minimum)")
            }
            if let maximum = rules["maximum"].flatMap(numeric), number > maximum {
                problems.append("\(path): \(number) > maximum \(maximum)")
            }
        }
        if case .object(let object) = value {
            let properties = rules["properties"]?.objectValue ?? [:]
            for case .string(let name) in rules["required"]?.arrayValue ?? [] where object[name] == nil {
                problems.append("\(path): required '\(name)' missing")
            }
            for (name, member) in object {
                if let propertySchema = properties[name] {
                    problems += violations(of: member, against: propertySchema, path: "\(path).\(name)")
                } else if rules["additionalProperties"] == .bool(false) {
                    problems.append("\(path): '\(name)' is not in the schema")
                }
            }
        }
        if case .array(let items) = value {
            if case .int(let maxItems)? = rules["maxItems"], items.count > maxItems {
                problems.append("\(path): \(items.count) items > maxItems \(maxItems)")
            }
            if let itemSchema = rules["items"] {
                for (index, item) in items.enumerated() {
                    problems += violations(of: item, against: itemSchema, path: "\(path)[\(index)]")
                }
            }
        }
        return problems
    }

    private static func matches(_ value: Value, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("string", .data), ("boolean", .bool),
            ("integer", .int), ("number", .int), ("number", .double):
            return true
        default:
            return false
        }
    }

    private static func numeric(_ value: Value) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }
}
