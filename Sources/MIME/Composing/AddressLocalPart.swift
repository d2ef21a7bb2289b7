/// The part before the `@`: checked against RFC 5322 and brought into the form it takes on the wire.
///
/// Accepted are a dot-atom (`john.doe+tag`) and a quoted-string (`"john doe"`). A quoted-string is
/// re-written canonically: without quotes when its content is a valid dot-atom anyway (RFC 5321 §4.1.2 asks
/// senders not to quote needlessly), otherwise with only `"` and `\` escaped. The case is kept, since only
/// the receiving server may decide that local parts are case-insensitive.
enum AddressLocalPart {
    static let maximumOctets = 64

    static func wireForm(of text: String, in source: String) throws(AddressInputError) -> String {
        guard !text.isEmpty else {
            throw .notAnAddress(.localPart, source, "there is nothing before the @")
        }
        if let nonASCII = text.unicodeScalars.first(where: { !$0.isASCII }) {
            throw .notAnAddress(
                .localPart, source,
                "the part before the @ contains \"\(nonASCII)\"; internationalized (non-ASCII) local parts are "
                    + "not supported by Gmail's API, so give the recipient's ASCII address")
        }
        let wire = try text.hasPrefix("\"") ? quotedWireForm(of: text, in: source) : dotAtom(text, in: source)
        guard wire.utf8.count <= maximumOctets else {
            throw .notAnAddress(
                .tooLong, source,
                "the part before the @ is \(wire.utf8.count) octets long; at most \(maximumOctets) are allowed")
        }
        return wire
    }

    /// True for RFC 5322 dot-atom-text: atext runs joined by single dots.
    static func isDotAtom(_ text: String) -> Bool {
        let atoms = text.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
        return !text.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(AddressCharacterClass.isAtext) }
    }

    private static func dotAtom(_ text: String, in source: String) throws(AddressInputError) -> String {
        if text.contains("\"") {
            throw .notAnAddress(
                .localPart, source, "double quotes before the @ must enclose the whole part before the @")
        }
        if let invalid = text.unicodeScalars.first(where: { $0 != "." && !AddressCharacterClass.isAtext($0) }) {
            throw .notAnAddress(
                .localPart, source,
                "the part before the @ contains \"\(invalid)\"; only letters, digits, dots and "
                    + "!#$%&'*+-/=?^_`{|}~ are allowed there")
        }
        if text.hasPrefix(".") {
            throw .notAnAddress(.localPart, source, "the part before the @ starts with a dot")
        }
        if text.hasSuffix(".") {
            throw .notAnAddress(.localPart, source, "the part before the @ ends with a dot")
        }
        if text.contains("..") {
            throw .notAnAddress(.localPart, source, "the part before the @ has two dots in a row")
        }
        return text
    }

    private static func quotedWireForm(of text: String, in source: String) throws(AddressInputError) -> String {
        var content = ""
        var scalars = text.unicodeScalars.dropFirst().makeIterator()
        var closed = false
        while let scalar = scalars.next() {
            if closed {
                throw .notAnAddress(
                    .localPart, source, "the part before the @ has text outside its double quotes")
            }
            switch scalar {
            case "\\":
                // Escaping is only ever needed for `"` and `\`, but RFC 5322 allows it before any printable.
                guard let escaped = scalars.next(), AddressCharacterClass.isPrintableASCII(escaped) else {
                    throw .notAnAddress(.localPart, source, "a backslash before the @ escapes nothing")
                }
                content.unicodeScalars.append(escaped)
            case "\"":
                closed = true
            default:
                content.unicodeScalars.append(scalar)
            }
        }
        guard closed else {
            throw .notAnAddress(.localPart, source, "the double quote before the @ is never closed")
        }
        guard !content.isEmpty else {
            throw .notAnAddress(.localPart, source, "the quoted part before the @ is empty")
        }
        if isDotAtom(content) { return content }
        var wire = "\""
        for scalar in content.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { wire += "\\" }
            wire.unicodeScalars.append(scalar)
        }
        return wire + "\""
    }
}
