import MCP

/// An integer argument declared once: its schema (with bounds and the default in its
/// description) and the way the handler reads it come from the same value, so the published
/// range, the advertised default and the checked range cannot drift apart.
struct IntegerParameter: Sendable {
    let name: String
    /// What the argument means, without the default (which is appended).
    let meaning: String
    let range: ClosedRange<Int>
    let defaultValue: Int

    /// `"name": schema`, for a tool's input schema.
    var property: (String, Value) {
        (
            name,
            JSONSchema.integer(
                "\(meaning) (default \(defaultValue)).", minimum: range.lowerBound, maximum: range.upperBound)
        )
    }
}

extension ToolArguments {
    /// The argument, checked against its range, or its default when absent or empty.
    func integer(_ parameter: IntegerParameter) throws(ToolError) -> Int {
        try integer(parameter.name, in: parameter.range) ?? parameter.defaultValue
    }
}

extension JSONSchema {
    /// An object schema whose properties include declared integer parameters.
    static func object(
        _ properties: [String: Value], integers: [IntegerParameter], required: [String] = []
    ) -> Value {
        object(properties.merging(integers.map(\.property)) { first, _ in first }, required: required)
    }
}
