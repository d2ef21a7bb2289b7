/// Turns one scanned list entry into its display name and the addr-spec text still to be validated.
///
/// Two shapes are accepted: `phrase <addr-spec>` and a bare `addr-spec`. Comments are dropped, except
/// that a comment after the address becomes the display name when there is no other: `a@x.com (Alice)`
/// is the legacy way of writing `Alice <a@x.com>`, and agents still produce it.
enum AddressItemReader {
    struct Parts: Equatable {
        var displayName: String?
        var addrSpec: String
    }

    /// Nil for a blank entry, which the list simply skips.
    static func parts(of item: AddressListItem) throws(AddressInputError) -> Parts? {
        if item.isBlank { return nil }
        let segments = item.segments
        let angleOffsets = segments.indices.filter { offset in
            if case .angle = segments[offset] { return true }
            return false
        }
        guard let angleOffset = angleOffsets.first else { return try bareParts(of: item) }
        guard angleOffsets.count == 1 else {
            throw .notAnAddress(.syntax, item.source, "it has more than one <…>; separate addresses with commas")
        }
        guard case .angle(let inside) = segments[angleOffset] else { return nil }
        let addrSpec = AddressCharacterClass.trimmingWhitespace(inside)
        guard !addrSpec.isEmpty else {
            throw .notAnAddress(.syntax, item.source, "there is no address between \"<\" and \">\"")
        }
        let after = segments[(angleOffset + 1)...]
        if let stray = after.first(where: { !isCommentOrBlank($0) }) {
            throw .notAnAddress(
                .syntax, item.source,
                "\"\(shown(stray))\" comes after the closing \">\"; only a comment may follow it")
        }
        let phrase = displayName(from: segments[..<angleOffset])
        return Parts(displayName: phrase ?? firstComment(in: after), addrSpec: addrSpec)
    }

    private static func bareParts(of item: AddressListItem) throws(AddressInputError) -> Parts {
        let segments = item.segments
        guard let lastAddressOffset = segments.lastIndex(where: { !isCommentOrBlank($0) }) else {
            throw .notAnAddress(.syntax, item.source, "it holds only a comment in parentheses, and no address")
        }
        // Comments inside the address (`alice(home)@x.com`) are legal CFWS and simply vanish.
        let addressText = segments[...lastAddressOffset].map { segment in
            if case .comment = segment { return "" }
            return written(segment)
        }
        let addrSpec = AddressCharacterClass.trimmingWhitespace(addressText.joined())
        return Parts(displayName: firstComment(in: segments[(lastAddressOffset + 1)...]), addrSpec: addrSpec)
    }

    /// The phrase before `<`, as a person reads it: quoted parts unquoted, runs of whitespace outside quotes
    /// (and dropped comments) collapsed to one space, the ends trimmed. Encoded words stay as written.
    private static func displayName(from segments: ArraySlice<AddressListItem.Segment>) -> String? {
        var name = ""
        var spacePending = false
        func append(_ text: String) {
            if spacePending, !name.isEmpty { name += " " }
            spacePending = false
            name += text
        }
        for segment in segments {
            switch segment {
            case .text(let text):
                for character in text {
                    if character.isWhitespace { spacePending = true } else { append(String(character)) }
                }
            case .quoted(_, let content):
                append(content)
            case .comment, .angle:
                spacePending = true
            }
        }
        return nonEmpty(name)
    }

    private static func firstComment(in segments: ArraySlice<AddressListItem.Segment>) -> String? {
        for segment in segments {
            if case .comment(let text) = segment, let name = nonEmpty(text) { return name }
        }
        return nil
    }

    private static func isCommentOrBlank(_ segment: AddressListItem.Segment) -> Bool {
        switch segment {
        case .comment: return true
        case .text(let text): return AddressCharacterClass.trimmingWhitespace(text).isEmpty
        case .quoted, .angle: return false
        }
    }

    private static func written(_ segment: AddressListItem.Segment) -> String {
        switch segment {
        case .text(let text): return text
        case .quoted(let raw, _): return raw
        case .comment(let text): return "(\(text))"
        case .angle(let text): return "<\(text)>"
        }
    }

    /// A segment for an error message: quoted text without its quotes, so the message does not double them.
    private static func shown(_ segment: AddressListItem.Segment) -> String {
        if case .quoted(_, let content) = segment { return content }
        return AddressCharacterClass.trimmingWhitespace(written(segment))
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = AddressCharacterClass.trimmingWhitespace(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
