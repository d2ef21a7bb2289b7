/// Parses and validates the addresses an agent passes for an outgoing message (`to`, `cc`, `bcc`, `from`,
/// `reply_to`).
///
/// Order matters: line breaks and control characters are refused before any parsing, so that no later
/// step can be tricked into passing them through; then the list is split, and each entry is read and
/// validated on its own, the first failing entry deciding the error.
public enum OutgoingAddressParser {
    /// One user-supplied string; may hold several addresses separated by commas or semicolons (outside
    /// quotes, angle brackets and comments). Blank entries are skipped; no address at all is an error.
    public static func parseList(_ text: String) throws(AddressInputError) -> [OutgoingMailbox] {
        try AddressCharacterGuard.check(text)
        let items = try AddressListScanner.items(in: text)
        let isOneOfSeveral = items.filter { !$0.isBlank }.count > 1
        var mailboxes: [OutgoingMailbox] = []
        for item in items {
            guard let parts = try AddressItemReader.parts(of: item) else { continue }
            mailboxes.append(try AddressSpecParser.mailbox(parts, source: item.source, isOneOfSeveral: isOneOfSeveral))
        }
        guard !mailboxes.isEmpty else {
            throw AddressInputError(.empty, offending: text) {
                "\($0) holds no e-mail address; give at least one, such as alice@example.com."
            }
        }
        return mailboxes
    }

    /// Exactly one address (for `from`): more or fewer is an error.
    public static func parseSingle(_ text: String) throws(AddressInputError) -> OutgoingMailbox {
        let mailboxes = try parseList(text)
        guard mailboxes.count == 1 else {
            throw AddressInputError(.notSingle, offending: text) {
                "\($0) holds \(mailboxes.count) addresses, but this field takes exactly one."
            }
        }
        return mailboxes[0]
    }
}
