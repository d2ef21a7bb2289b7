/// Splits an address list at top-level commas and semicolons and cuts each entry into `AddressListItem`
/// segments.
///
/// Separators inside quotes, comments, angle brackets and domain literals do not split, so
/// `"Smith, Alice" <a@x.com>` and `a@x.com (Smith, Alice)` each stay one entry. Unbalanced marks and group
/// syntax are reported here, while the position is still known. Works on Unicode scalars rather than
/// Characters: a combining mark after `"` would otherwise fuse with it into a Character that is not `"`.
struct AddressListScanner {
    private let text: String
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var itemStart = 0
    private var segments: [AddressListItem.Segment] = []
    private var pendingText = String.UnicodeScalarView()
    private var items: [AddressListItem] = []

    static func items(in text: String) throws(AddressInputError) -> [AddressListItem] {
        var scanner = AddressListScanner(text: text)
        try scanner.scan()
        return scanner.items
    }

    private init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    private mutating func scan() throws(AddressInputError) {
        while position < scalars.count {
            switch scalars[position] {
            case "\"":
                flushText()
                let quoted = try readQuotedString()
                segments.append(.quoted(raw: quoted.raw, content: quoted.content))
            case "(":
                flushText()
                let comment = try readComment()
                segments.append(.comment(comment))
            case "<":
                flushText()
                let address = try readAngleAddress()
                segments.append(.angle(address))
            case "[":
                let literal = try readDomainLiteral()
                pendingText.append(contentsOf: literal.unicodeScalars)
            case ">":
                throw unbalanced("\">\" has no matching \"<\"")
            case ")":
                throw unbalanced("\")\" has no matching \"(\"")
            case ",", ";":
                finishItem()
                position += 1
                itemStart = position
            case ":":
                throw colonError()
            default:
                pendingText.append(scalars[position])
                position += 1
            }
        }
        finishItem()
    }

    // MARK: Nested constructs; each starts at its opening mark and leaves `position` after its closing one.

    private mutating func readQuotedString() throws(AddressInputError) -> (raw: String, content: String) {
        let start = position
        var content = String.UnicodeScalarView()
        position += 1
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar == "\\", position < scalars.count {
                content.append(scalars[position])
                position += 1
            } else if scalar == "\"" {
                return (string(start..<position), String(content))
            } else {
                content.append(scalar)
            }
        }
        throw unclosed(at: start, "a double quote (\") is opened but never closed")
    }

    private mutating func readComment() throws(AddressInputError) -> String {
        let start = position
        var content = String.UnicodeScalarView()
        var depth = 1
        position += 1
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\\" where position < scalars.count:
                content.append(scalars[position])
                position += 1
                continue
            case "(":
                depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return String(content) }
            default:
                break
            }
            content.append(scalar)
        }
        throw unclosed(at: start, "a comment \"(\" is opened but never closed with \")\"")
    }

    private mutating func readAngleAddress() throws(AddressInputError) -> String {
        let start = position
        var content = String.UnicodeScalarView()
        position += 1
        while position < scalars.count {
            switch scalars[position] {
            case ">":
                position += 1
                return String(content)
            case "<":
                throw unbalanced("\"<\" appears inside another \"<…>\"")
            case "\"":
                let quoted = try readQuotedString()
                content.append(contentsOf: quoted.raw.unicodeScalars)
            case "(":
                _ = try readComment()  // comments inside <…> carry nothing worth keeping
            default:
                content.append(scalars[position])
                position += 1
            }
        }
        throw unclosed(at: start, "\"<\" is opened but never closed with \">\"")
    }

    /// Copied through as written: only its brackets matter here, so that `[IPv6:…]` colons are not groups.
    private mutating func readDomainLiteral() throws(AddressInputError) -> String {
        let start = position
        while position < scalars.count {
            position += 1
            if scalars[position - 1] == "]" { return string(start..<position) }
        }
        throw unclosed(at: start, "\"[\" is opened but never closed with \"]\"")
    }

    // MARK: Items

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        segments.append(.text(String(pendingText)))
        pendingText = String.UnicodeScalarView()
    }

    private mutating func finishItem() {
        flushText()
        let source = AddressCharacterClass.trimmingWhitespace(string(itemStart..<position))
        items.append(AddressListItem(segments: segments, source: source))
        segments = []
    }

    // MARK: Errors

    private func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The rest of the input from the current entry on: an unclosed mark swallows everything after it.
    private func unclosed(at offset: Int, _ problem: String) -> AddressInputError {
        .notAnAddress(.syntax, string(itemStart..<scalars.count), focus: offset - itemStart, problem)
    }

    private func unbalanced(_ problem: String) -> AddressInputError {
        .notAnAddress(.syntax, string(itemStart..<scalars.count), focus: position - itemStart, problem)
    }

    /// A top-level colon only occurs in group syntax (`Team: a@x.com, b@y.com;`), or in a pasted `mailto:` link.
    private func colonError() -> AddressInputError {
        let before = AddressCharacterClass.trimmingWhitespace(String(pendingText))
        if segments.isEmpty, before.lowercased() == "mailto" {
            return .notAnAddress(
                .syntax, string(itemStart..<scalars.count), focus: position - itemStart,
                "drop the \"mailto:\" prefix and give only the address")
        }
        return AddressInputError(.group, offending: text, focus: position) {
            "\($0) uses group syntax (a name followed by \":\"), which is not supported: list the addresses "
                + "themselves, separated by commas. If the \":\" belongs to a display name, put the name in "
                + "double quotes."
        }
    }
}
