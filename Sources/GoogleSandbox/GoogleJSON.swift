import Foundation

/// A JSON value with ordered object keys, rendered the way Google's servers render it (pretty
/// printed with two-space indents, `/` unescaped), so that clients are tested against the
/// bytes they will really receive and the output is stable enough to compare in tests.
indirect enum GoogleJSON: Sendable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([GoogleJSON])
    case object([(String, GoogleJSON)])

    func rendered() -> Data {
        var text = ""
        write(into: &text, indent: 0)
        text += "\n"
        return Data(text.utf8)
    }

    private func write(into text: inout String, indent: Int) {
        switch self {
        case .string(let value):
            Self.writeString(value, into: &text)
        case .integer(let value):
            text += String(value)
        case .bool(let value):
            text += value ? "true" : "false"
        case .array(let elements):
            guard !elements.isEmpty else {
                text += "[]"
                return
            }
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += Self.spaces(indent + 2)
                element.write(into: &text, indent: indent + 2)
                text += index < elements.count - 1 ? ",\n" : "\n"
            }
            text += Self.spaces(indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{}"
                return
            }
            text += "{\n"
            for (index, (key, value)) in members.enumerated() {
                text += Self.spaces(indent + 2)
                Self.writeString(key, into: &text)
                text += ": "
                value.write(into: &text, indent: indent + 2)
                text += index < members.count - 1 ? ",\n" : "\n"
            }
            text += Self.spaces(indent) + "}"
        }
    }

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }

    private static func writeString(_ value: String, into text: inout String) {
        text += "\""
        // Most strings (ids, base64 data of any size) need no escaping: append them whole, so a
        // 25 MB attachment is not written one scalar at a time.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
