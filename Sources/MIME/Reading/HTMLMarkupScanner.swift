/// A start tag: lowercased name, the attributes the converter uses (`href`, `alt`) with
/// character references decoded, and whether it ended in `/>`.
struct HTMLTag {
    var name: String
    var attributes: [String: String]
    var isSelfClosing: Bool
}

/// Recognizes markup at a `<` for `HTMLToTextConverter`. Searches that fail are remembered
/// (`-->` absent from some offset on, no `</script` from some offset on, no `>` after the
/// last one) so no search ever covers the same bytes twice in vain.
struct HTMLMarkupScanner {
    enum Kind {
        case comment
        case declaration
        case characterData(Range<Int>)
        case startTag(HTMLTag)
        case endTag(String)
    }

    struct Item {
        var kind: Kind
        /// Index just past the markup.
        var end: Int
    }

    private let input: UnsafeBufferPointer<UInt8>
    private let lastGreaterThan: Int
    /// Tag ends are found respecting quoted attribute values until one quote runs to the end
    /// of the input; from then on the first `>` ends a tag (what a browser would do in that
    /// case is drop the rest of the document).
    private var quoteAwareTags = true
    private var noCommentEndFrom: Int?
    private var noCDATAEndFrom: Int?
    private var noEndTagFrom: [String: Int] = [:]

    private static let wantedAttributes: Set<String> = ["href", "alt"]

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        self.lastGreaterThan = input.lastIndex(of: UInt8(ascii: ">")) ?? -1
    }

    /// The markup starting at `start` (a `<`), or nil when that `<` is plain text.
    mutating func scan(at start: Int) -> Item? {
        guard start + 1 < input.count, start < lastGreaterThan else { return nil }
        let next = input[start + 1]
        if next == UInt8(ascii: "!") { return scanExclamation(at: start) }
        if next == UInt8(ascii: "?") {
            return nextGreaterThan(from: start + 2).map { Item(kind: .declaration, end: $0 + 1) }
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < input.count else { return nil }
            if input[start + 2] == UInt8(ascii: ">") { return Item(kind: .declaration, end: start + 3) }
            guard Self.isLetter(input[start + 2]) else { return nil }
            let (name, nameEnd) = readName(from: start + 2)
            guard let end = tagEnd(from: nameEnd) else { return nil }
            return Item(kind: .endTag(name), end: end + 1)
        }
        guard Self.isLetter(next) else { return nil }
        let (name, nameEnd) = readName(from: start + 1)
        guard let end = tagEnd(from: nameEnd) else { return nil }
        let attributes = parseAttributes(nameEnd..<end)
        let isSelfClosing = end > nameEnd && input[end - 1] == UInt8(ascii: "/")
        return Item(
            kind: .startTag(HTMLTag(name: name, attributes: attributes, isSelfClosing: isSelfClosing)), end: end + 1)
    }

    /// Index just past `</name …>` at or after `from`, or nil when the element never closes.
    mutating func endOfElement(_ name: String, from: Int) -> Int? {
        if let failed = noEndTagFrom[name], from >= failed { return nil }
        let nameBytes = Array(name.utf8)
        var index = from
        while index + 1 + nameBytes.count < input.count {
            if input[index] == UInt8(ascii: "<"), input[index + 1] == UInt8(ascii: "/"),
                matchesLowercased(nameBytes, at: index + 2)
            {
                let after = index + 2 + nameBytes.count
                if after >= input.count || Self.isSpace(input[after]) || input[after] == UInt8(ascii: ">")
                    || input[after] == UInt8(ascii: "/")
                {
                    if let greaterThan = nextGreaterThan(from: after) { return greaterThan + 1 }
                    break
                }
            }
            index += 1
        }
        noEndTagFrom[name] = from
        return nil
    }

    private mutating func scanExclamation(at start: Int) -> Item? {
        if matches("<!--", at: start) {
            if let close = find("-->", from: start + 2, failureCache: &noCommentEndFrom) {
                return Item(kind: .comment, end: close + 3)
            }
            // An unclosed comment would hide the rest of the message: end it at the next `>`.
            return nextGreaterThan(from: start + 4).map { Item(kind: .comment, end: $0 + 1) }
        }
        if matches("<![CDATA[", at: start),
            let close = find("]]>", from: start + 9, failureCache: &noCDATAEndFrom)
        {
            return Item(kind: .characterData(start + 9..<close), end: close + 3)
        }
        return nextGreaterThan(from: start + 2).map { Item(kind: .declaration, end: $0 + 1) }
    }

    private mutating func tagEnd(from start: Int) -> Int? {
        if quoteAwareTags {
            var index = start
            var quote: UInt8 = 0
            var lastSignificant: UInt8 = 0
            while index < input.count {
                let byte = input[index]
                if quote != 0 {
                    if byte == quote {
                        quote = 0
                        lastSignificant = byte
                    }
                } else if byte == UInt8(ascii: ">") {
                    return index
                } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
                    && lastSignificant == UInt8(ascii: "=")
                {
                    quote = byte
                } else if !Self.isSpace(byte) {
                    lastSignificant = byte
                }
                index += 1
            }
            quoteAwareTags = false
        }
        return nextGreaterThan(from: start)
    }

    private func nextGreaterThan(from start: Int) -> Int? {
        guard start <= lastGreaterThan else { return nil }
        var index = start
        while input[index] != UInt8(ascii: ">") { index += 1 }
        return index
    }

    private func find(_ needle: String, from start: Int, failureCache: inout Int?) -> Int? {
        if let failed = failureCache, start >= failed { return nil }
        let bytes = Array(needle.utf8)
        var index = start
        while index + bytes.count <= input.count {
            if input[index] == bytes[0] && matches(bytes, at: index) { return index }
            index += 1
        }
        failureCache = start
        return nil
    }

    private func matches(_ text: String, at start: Int) -> Bool {
        matches(Array(text.utf8), at: start)
    }

    private func matches(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start + bytes.count <= input.count else { return false }
        return bytes.indices.allSatisfy { input[start + $0] == bytes[$0] }
    }

    private func matchesLowercased(_ lowercased: [UInt8], at start: Int) -> Bool {
        guard start + lowercased.count <= input.count else { return false }
        return lowercased.indices.allSatisfy { Self.lowercase(input[start + $0]) == lowercased[$0] }
    }

    /// A tag name ends at whitespace, `/`, `>` or another `<` (so `<a<a<a…` costs one pass).
    private func readName(from start: Int) -> (String, Int) {
        var index = start
        while index < input.count, !Self.isSpace(input[index]), input[index] != UInt8(ascii: ">"),
            input[index] != UInt8(ascii: "/"), input[index] != UInt8(ascii: "<")
        {
            index += 1
        }
        let name = String(decoding: input[start..<index].map(Self.lowercase), as: UTF8.self)
        return (name, index)
    }

    private func parseAttributes(_ range: Range<Int>) -> [String: String] {
        var attributes = [String: String]()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            while index < end, Self.isSpace(input[index]) || input[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < end, !Self.isSpace(input[index]), input[index] != UInt8(ascii: "="),
                input[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let name = String(decoding: input[nameStart..<index].map(Self.lowercase), as: UTF8.self)
            while index < end, Self.isSpace(input[index]) { index += 1 }
            guard index < end, input[index] == UInt8(ascii: "=") else {
                if index == nameStart { index += 1 }
                continue
            }
            index += 1
            while index < end, Self.isSpace(input[index]) { index += 1 }
            let valueRange: Range<Int>
            if index < end, input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'") {
                let quote = input[index]
                let valueStart = index + 1
                index = valueStart
                while index < end, input[index] != quote { index += 1 }
                valueRange = valueStart..<index
                index += 1
            } else {
                let valueStart = index
                while index < end, !Self.isSpace(input[index]) { index += 1 }
                valueRange = valueStart..<index
            }
            if Self.wantedAttributes.contains(name), attributes[name] == nil {
                attributes[name] = HTMLCharacterReference.decodeAttribute(
                    UnsafeBufferPointer(rebasing: input[valueRange]))
            }
        }
        return attributes
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
