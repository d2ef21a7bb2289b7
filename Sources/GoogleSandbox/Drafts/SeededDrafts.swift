/// A draft of the seeded sandbox account: its draft id and the seeded message it holds (whose
/// subject, body and attachments `SandboxSeed.seededMessage(key)` describes).
public struct SeededDraft: Sendable {
    /// The key of the draft's message in `SandboxSeed.seededMessages`.
    public let key: String
    /// `r` and 19 digits, derived from the key, the same on every run.
    public let draftId: String
    public let messageId: String
    public let threadId: String
}

extension SandboxSeed {
    /// Every draft a seeded `FakeGoogle` holds: the mailbox's older `draft-ideas` (in Gmail every
    /// message labelled DRAFT is a draft) and three more (a reply in the `chart-png` thread, a
    /// non-ASCII subject, an attachment).
    public static let seededDrafts: [SeededDraft] = SeededDrafts.keys.map { key in
        let entry = SeedEntry.all.first { $0.key == key }!
        return SeededDraft(
            key: key, draftId: DraftIdentifiers.stable(key: key), messageId: entry.id,
            threadId: entry.threadKey.map { MessageIdentifiers.stable(key: $0) } ?? entry.id)
    }
}

/// Registers the seeded draft ids for the seeded DRAFT messages.
enum SeededDrafts {
    /// The catalogue's entries marked `draft` (`Seed/Mail/catalogue.json`), in its order.
    static let keys = SeedEntry.handMade.filter(\.isDraft).map(\.key)

    static func register(into drafts: inout DraftRegistry) {
        for draft in SandboxSeed.seededDrafts {
            _ = drafts.register(messageId: draft.messageId, draftId: draft.draftId)
        }
    }
}
