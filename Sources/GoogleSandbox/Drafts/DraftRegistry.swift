/// Which mailbox messages are drafts, under which draft id. A draft is a message labelled
/// DRAFT plus an id of its own (reference section 2.6); the message lives in the mailbox like
/// any other, so messages.get and batches read it unchanged. A draft whose message was deleted
/// is gone: lists look the message up and skip it.
struct DraftRegistry {
    private var draftIDsByMessageID: [String: String] = [:]
    private var messageIDsByDraftID: [String: String] = [:]

    /// Records the message as a draft and returns its draft id: `draftId` when given (seeded
    /// drafts), a fresh random one otherwise.
    mutating func register(messageId: String, draftId requested: String? = nil) -> String {
        var draftId = requested ?? DraftIdentifiers.random()
        while requested == nil, messageIDsByDraftID[draftId] != nil { draftId = DraftIdentifiers.random() }
        draftIDsByMessageID[messageId] = draftId
        messageIDsByDraftID[draftId] = messageId
        return draftId
    }

    func draftID(ofMessage messageId: String) -> String? {
        draftIDsByMessageID[messageId]
    }
}

/// Draft ids look like Gmail's: `r` and then decimal digits (`r5612…`). Seeded drafts get ids
/// hashed from their catalogue key, so tests can rely on them across runs.
enum DraftIdentifiers {
    private static let smallest: UInt64 = 1_000_000_000_000_000_000
    private static let span: UInt64 = 9_000_000_000_000_000_000

    static func stable(key: String) -> String {
        let hash = UInt64(MessageIdentifiers.stable(key: "draft:" + key), radix: 16) ?? 0
        return "r" + String(smallest + hash % span)
    }

    static func random() -> String {
        "r" + String(smallest + UInt64.random(in: 0..<span))
    }

    static func isWellFormed(_ id: String) -> Bool {
        id.count > 1 && id.hasPrefix("r") && id.dropFirst().allSatisfy(\.isASCIIDigit)
    }
}
