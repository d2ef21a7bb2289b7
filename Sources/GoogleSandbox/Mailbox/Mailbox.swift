import Foundation

/// The fake account's messages. Plain data kept in `SandboxState` behind the core's mutex.
/// Attachment ids need no record here: each names its part itself (`AttachmentIdentifiers`).
struct Mailbox {
    /// Who the account is: what `userId` may name besides `me`, and what `from:me` means.
    let emailAddress: String
    private var messagesByID: [String: StoredMessage] = [:]
    /// Gmail's history ids are large and only grow.
    private var lastHistoryID: UInt64 = 4_731_200
    private var deliveries: UInt64 = 0

    init(emailAddress: String) {
        self.emailAddress = emailAddress
    }

    /// Stores a message and returns its id: `id` when given (seeded messages), a time-based
    /// one otherwise. Without a thread id the message starts a thread named after itself, as
    /// Gmail does.
    mutating func deliver(
        raw: Data, labelIds: [String], internalDate: Date, threadId: String?, id requestedID: String? = nil
    ) -> String {
        let milliseconds = Int64((internalDate.timeIntervalSince1970 * 1000).rounded())
        var id = requestedID ?? MessageIdentifiers.timeBased(internalDate: milliseconds, sequence: deliveries)
        while requestedID == nil, messagesByID[id] != nil {
            deliveries += 1
            id = MessageIdentifiers.timeBased(internalDate: milliseconds, sequence: deliveries)
        }
        deliveries += 1
        lastHistoryID += UInt64.random(in: 1...97)
        messagesByID[id] = StoredMessage(
            id: id, threadId: threadId ?? id, labelIds: labelIds, internalDate: milliseconds,
            historyId: lastHistoryID, raw: raw)
        return id
    }

    func message(id: String) -> StoredMessage? {
        messagesByID[id]
    }

    /// Every message, newest first by internalDate (then by id, for equal dates).
    var newestFirst: [StoredMessage] {
        messagesByID.values.sorted {
            $0.internalDate != $1.internalDate ? $0.internalDate > $1.internalDate : $0.id > $1.id
        }
    }

    mutating func delete(id: String) {
        messagesByID[id] = nil
    }
}
