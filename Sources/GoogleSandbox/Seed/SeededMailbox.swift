import Foundation

/// Fills a mailbox with the seeded messages, dated back from `now`.
enum SeededMailbox {
    static func deliver(into mailbox: inout Mailbox, now: Date) {
        for entry in SeedEntry.all {
            let threadId = entry.threadKey.map { MessageIdentifiers.stable(key: $0) }
            _ = mailbox.deliver(
                raw: Data(entry.source), labelIds: entry.labelIds,
                internalDate: now.addingTimeInterval(-entry.daysAgo * 86_400), threadId: threadId, id: entry.id)
        }
    }
}
