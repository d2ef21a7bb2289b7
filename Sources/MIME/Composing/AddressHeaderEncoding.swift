/// Writes address headers (From, To, Cc, Bcc, Reply-To): `Name <local@domain>` items separated
/// by commas, folded between words. Display names are written as atoms when they are plain
/// words, as a quoted string when they hold specials such as `,` or `@`, and as RFC 2047
/// encoded words when they are not ASCII (or are too long for a quoted string on one line).
enum AddressHeaderEncoding {
    /// Quoted display names longer than this are encoded instead, so they can be folded.
    private static let longestQuotedName = 60

    static func field(_ name: String, _ mailboxes: [OutgoingMailbox]) -> String {
        var writer = FoldedHeaderWriter(name: name)
        for (index, mailbox) in mailboxes.enumerated() {
            let separator = index == mailboxes.count - 1 ? "" : ","
            if let displayName = mailbox.displayName, !displayName.isEmpty {
                appendDisplayName(displayName, to: &writer)
                writer.append("<\(mailbox.addrSpec)>" + separator)
            } else {
                writer.append(mailbox.addrSpec + separator)
            }
        }
        return writer.finished()
    }

    private static func appendDisplayName(_ name: String, to writer: inout FoldedHeaderWriter) {
        guard HeaderTextRules.isPrintableASCII(name), !HeaderTextRules.needsEncodingToSurvive(name) else {
            writer.appendEncoded(name)
            return
        }
        let words = name.split(separator: " ").map(String.init)
        if words.allSatisfy({ $0.utf8.allSatisfy(HeaderTextRules.isAtomText) }) {
            for word in words { writer.append(word) }
        } else if name.utf8.count <= longestQuotedName {
            writer.append(quoted(name))
        } else {
            writer.appendEncoded(name)
        }
    }

    /// RFC 5322 quoted-string: backslash and double quote escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\\" || character == "\"" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}
