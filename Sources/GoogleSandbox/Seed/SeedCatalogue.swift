import Foundation

/// `Seed/Mail/catalogue.json`: the hand-made seeded messages in mailbox order, each an object
/// with `key` (its source is `Seed/Mail/<key>.eml`, exact bytes), `about` (what the case is
/// for; not read), `daysAgo`, `labelIds`, optional `threadKey` (the key of the message whose
/// thread it joins), optional `draft: true` (it gets a draft id), and what a correct reader must
/// make of it: `expectedSubject`, `expectedBodyText` (exact, trailing line breaks included; null
/// for no plain text part) and optional `expectedAttachments`, each `filename`, `mimeType` and
/// `file` (a path below `Seed/Mail` holding the decoded bytes).
struct SeedCatalogueEntry: Decodable {
    struct Attachment: Decodable {
        let filename: String
        let mimeType: String
        let file: String
    }

    let key: String
    let daysAgo: Double
    let labelIds: [String]
    let threadKey: String?
    let draft: Bool?
    let expectedSubject: String
    let expectedBodyText: String?
    let expectedAttachments: [Attachment]?

    static let all: [SeedCatalogueEntry] = {
        do {
            return try JSONDecoder().decode(
                [SeedCatalogueEntry].self, from: Data(SeedMailFiles.bytes("catalogue.json")))
        } catch {
            fatalError("Seed/Mail/catalogue.json does not decode: \(error)")
        }
    }()

    var seedEntry: SeedEntry {
        SeedEntry(
            key: key, daysAgo: daysAgo, labelIds: labelIds, threadKey: threadKey, isDraft: draft ?? false,
            expectedSubject: expectedSubject, expectedBodyText: expectedBodyText,
            expectedAttachments: (expectedAttachments ?? []).map {
                ExpectedAttachment(
                    filename: $0.filename, mimeType: $0.mimeType, bytes: Data(SeedMailFiles.bytes($0.file)))
            },
            source: SeedMailFiles.bytes(key + ".eml"))
    }
}

extension SeedEntry {
    /// The hand-made messages and drafts of `Seed/Mail`; lists order them by date, not by this
    /// order.
    static let handMade: [SeedEntry] = SeedCatalogueEntry.all.map(\.seedEntry)
}
