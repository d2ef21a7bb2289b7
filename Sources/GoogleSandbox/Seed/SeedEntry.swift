import Foundation

/// One message of the seeded mailbox: its source bytes, where it sits in the mailbox, and what
/// a correct reader must make of it.
struct SeedEntry: Sendable {
    let key: String
    /// Age at seeding time; internalDate is computed from the moment the fake starts.
    let daysAgo: Double
    let labelIds: [String]
    /// The key of the message whose thread this one joins.
    var threadKey: String?
    /// Whether the seeded account has a draft id for it (`SeededDrafts`).
    var isDraft = false
    let expectedSubject: String
    let expectedBodyText: String?
    var expectedAttachments: [ExpectedAttachment] = []
    let source: [UInt8]

    var id: String { MessageIdentifiers.stable(key: key) }

    var catalogueEntry: SeededMessage {
        SeededMessage(
            key: key, id: id, expectedSubject: expectedSubject, expectedBodyText: expectedBodyText,
            expectedAttachments: expectedAttachments)
    }

    /// Everything the seeded mailbox holds: the hand-made messages and drafts of `Seed/Mail`
    /// (`SeedCatalogueEntry`), then plain filler generated in code.
    static let all: [SeedEntry] = handMade + SeedFiller.entries
}
