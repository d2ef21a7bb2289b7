import MCP

/// Small builders for the JSON Schemas tools declare, so each tool file reads as its contract.
enum JSONSchema {
    static func object(
        _ properties: [String: Value], required: [String] = [], description: String? = nil,
        additionalProperties: Bool = false
    ) -> Value {
        var schema: [String: Value] = [
            "type": "object",
            "properties": .object(properties),
            "additionalProperties": .bool(additionalProperties),
        ]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    static func string(_ description: String, format: String? = nil, enumValues: [String]? = nil) -> Value {
        var schema: [String: Value] = ["type": "string", "description": .string(description)]
        if let format { schema["format"] = .string(format) }
        if let enumValues { schema["enum"] = .array(enumValues.map { .string($0) }) }
        return .object(schema)
    }

    static func integer(_ description: String, minimum: Int? = nil, maximum: Int? = nil) -> Value {
        var schema: [String: Value] = ["type": "integer", "description": .string(description)]
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        return .object(schema)
    }

    static func constant(_ value: String, description: String) -> Value {
        .object(["type": "string", "const": .string(value), "description": .string(description)])
    }

    static func boolean(_ description: String) -> Value {
        .object(["type": "boolean", "description": .string(description)])
    }

    static func array(of items: Value, _ description: String, maxItems: Int? = nil) -> Value {
        var schema: [String: Value] = ["type": "array", "items": items, "description": .string(description)]
        if let maxItems { schema["maxItems"] = .int(maxItems) }
        return .object(schema)
    }
}
