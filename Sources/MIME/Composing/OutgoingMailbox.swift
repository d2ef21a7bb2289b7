/// One validated mailbox for an outgoing header (To, Cc, Bcc, From, Reply-To).
///
/// The fields deliberately hold two kinds of text: `displayName` is what a person reads, so the composer
/// still has to quote or RFC 2047-encode it; `localPart` and `domain` are final wire text, already checked
/// and normalized, that must go into the header unchanged.
public struct OutgoingMailbox: Sendable, Equatable {
    /// As the user wants it shown: unquoted, unescaped, Unicode allowed; nil when none was given.
    public let displayName: String?
    /// Wire form: dot-atom text, or a quoted-string with its quotes and `\"` / `\\` escapes.
    public let localPart: String
    /// Wire form, ASCII only: lowercased, IDN labels as Punycode A-labels (`xn--…`), or a literal `[…]`.
    public let domain: String

    public var addrSpec: String { "\(localPart)@\(domain)" }

    /// Internal so that every mailbox the composer sees has been through `OutgoingAddressParser`.
    init(displayName: String?, localPart: String, domain: String) {
        self.displayName = displayName
        self.localPart = localPart
        self.domain = domain
    }
}
