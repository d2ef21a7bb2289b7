import Foundation

/// A structured header value with parameters, such as Content-Type or Content-Disposition:
/// `multipart/mixed; boundary="b1"`. Parameter names are lowercased; values are unquoted, and
/// RFC 2231 extended values (`filename*=UTF-8''%C3%9C.pdf`) and continuations
/// (`filename*0*=…; filename*1*=…`) are joined and decoded.
struct ParameterizedHeader {
    /// The value before the first `;`, lowercased and trimmed, e.g. `text/plain`.
    let value: String
    let parameters: [String: String]

    init(parsing text: String) {
        let segments = Self.splitOutsideQuotes(text)
        value = (segments.first ?? "").trimmingWhitespace().lowercased()
        var raw: [(name: String, value: String)] = []
        for segment in segments.dropFirst() {
            guard let equals = segment.firstIndex(of: "=") else { continue }
            let name = segment[..<equals].trimmingWhitespace().lowercased()
            guard !name.isEmpty else { continue }
            raw.append((name, Self.unquote(segment[segment.index(after: equals)...].trimmingWhitespace())))
        }
        parameters = ExtendedParameters.assemble(raw)
    }

    /// Splits at `;` except inside double quotes (where `\` escapes the next character).
    private static func splitOutsideQuotes(_ text: String) -> [Substring] {
        var segments: [Substring] = []
        var segmentStart = text.startIndex
        var inQuotes = false
        var escaped = false
        for index in text.indices {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" && inQuotes {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == ";" && !inQuotes {
                segments.append(text[segmentStart..<index])
                segmentStart = text.index(after: index)
            }
        }
        segments.append(text[segmentStart...])
        return segments
    }

    private static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var output = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                output.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}
