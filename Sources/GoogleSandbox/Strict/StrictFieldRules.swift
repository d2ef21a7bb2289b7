/// Which header fields mean what to the strict parser.
enum StrictFieldRules {
    /// RFC 5322 3.6: at most one of each in a message's header section.
    static let singleInMessage: Set<String> = [
        "date", "from", "sender", "reply-to", "to", "cc", "bcc", "message-id", "in-reply-to", "references",
        "subject", "mime-version",
    ]

    /// At most one per entity: a part cannot have two types or encodings (RFC 2045, 2183).
    static let singleInEntity: Set<String> = [
        "content-type", "content-transfer-encoding", "content-disposition", "content-id",
    ]

    static func addressShape(of name: String) -> StrictAddressParser.Shape? {
        switch name {
        case "from": .mailboxList
        case "sender": .mailbox
        case "to", "cc", "reply-to": .addressList
        case "bcc": .optionalAddressList
        default: nil
        }
    }

    /// Structured fields where encoded words are not words (RFC 2047 5 lists where they may
    /// appear); their decoded value is their raw value.
    static let structured: Set<String> = [
        "date", "message-id", "in-reply-to", "references", "mime-version", "content-type",
        "content-transfer-encoding", "content-disposition", "content-id", "content-language", "content-location",
        "content-md5", "received", "return-path", "dkim-signature", "authentication-results", "arc-seal",
        "arc-message-signature", "arc-authentication-results", "list-id", "list-unsubscribe", "list-post",
    ]
}
