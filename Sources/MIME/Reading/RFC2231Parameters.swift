/// RFC 2231 parameter value continuations and charset/language encoding.
enum RFC2231Parameters {
    private struct Segment {
        var index: Int
        var isExtended: Bool
        var value: String
    }

    private struct Collected {
        var plain: String?
        var single: String?  // `name*=`
        var segments: [Segment] = []  // `name*N=` / `name*N*=`
    }

    static func assemble(_ raw: [RawMIMEParameter]) -> [String: String] {
        var collected = [String: Collected]()
        for parameter in raw {
            let (base, suffix) = split(parameter.name)
            var entry = collected[base] ?? Collected()
            switch suffix {
            case .none:
                if entry.plain == nil { entry.plain = parameter.value }
            case .extended:
                if entry.single == nil { entry.single = parameter.value }
            case .continuation(let index, let isExtended):
                entry.segments.append(Segment(index: index, isExtended: isExtended, value: parameter.value))
            }
            collected[base] = entry
        }
        var result = [String: String]()
        for (name, entry) in collected {
            if !entry.segments.isEmpty {
                result[name] = joinSegments(entry.segments)
            } else if let single = entry.single {
                result[name] = decodeExtended(single, hasCharsetPrefix: true)
            } else if let plain = entry.plain {
                result[name] = plain
            }
        }
        return result
    }

    private enum Suffix {
        case none
        case extended
        case continuation(Int, isExtended: Bool)
    }

    /// `filename*1*` → ("filename", continuation 1, extended). A malformed section number
    /// (`name*x`) makes the whole name literal.
    private static func split(_ name: String) -> (String, Suffix) {
        guard let star = name.firstIndex(of: "*") else { return (name, .none) }
        let base = String(name[..<star])
        var rest = name[name.index(after: star)...]
        if rest.isEmpty { return (base, .extended) }
        let isExtended = rest.hasSuffix("*")
        if isExtended { rest = rest.dropLast() }
        guard let index = Int(rest), index >= 0 else { return (name, .none) }
        return (base, .continuation(index, isExtended: isExtended))
    }

    /// Segments in index order (gaps tolerated); extended ones percent-decoded, plain ones
    /// taken literally; the charset comes from segment 0 when it is extended.
    private static func joinSegments(_ segments: [Segment]) -> String {
        let ordered = segments.sorted { $0.index < $1.index }
        var bytes = [UInt8]()
        var charset: String?
        for (position, segment) in ordered.enumerated() {
            if !segment.isExtended {
                bytes.append(contentsOf: segment.value.utf8)
                continue
            }
            var text = Substring(segment.value)
            if position == 0, segment.index == 0, let (declared, rest) = splitCharsetPrefix(text) {
                charset = declared
                text = rest
            }
            bytes.append(contentsOf: percentDecoded(text))
        }
        return CharsetDecoder.decode(bytes, declaredCharset: charset)
    }

    static func decodeExtended(_ value: String, hasCharsetPrefix: Bool) -> String {
        var text = Substring(value)
        var charset: String?
        if hasCharsetPrefix, let (declared, rest) = splitCharsetPrefix(text) {
            charset = declared
            text = rest
        }
        return CharsetDecoder.decode(percentDecoded(text), declaredCharset: charset)
    }

    /// `utf-8'en'rest` → ("utf-8", "rest"); nil when the two quotes are missing (then the
    /// whole value is percent-encoded text of unknown charset).
    private static func splitCharsetPrefix(_ text: Substring) -> (String?, Substring)? {
        guard let first = text.firstIndex(of: "'") else { return nil }
        let afterFirst = text.index(after: first)
        guard let second = text[afterFirst...].firstIndex(of: "'") else { return nil }
        let charset = String(text[..<first])
        return (charset.isEmpty ? nil : charset, text[text.index(after: second)...])
    }

    /// `%XX` → byte; a `%` without two hex digits stays literal.
    static func percentDecoded(_ text: Substring) -> [UInt8] {
        let input = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
                let high = EncodedWords.hexValue(input[index + 1]), let low = EncodedWords.hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }
}
