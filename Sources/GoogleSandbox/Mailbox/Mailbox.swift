import Foundation

/// The fake account's messages, and the attachment ids handed out for them. Plain data kept
/// in `SandboxState` behind the core's mutex.
struct Mailbox {
    /// Who the account is: what `userId` may name besides `me`, and what `from:me` means.
    let emailAddress: String
    private var messagesByID: [String: StoredMessage] = [:]
    private var attachmentGrants: [String: AttachmentGrant] = [:]
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

    /// A new opaque id for one part of one message; every id handed out stays valid.
    mutating func grantAttachment(messageId: String, partId: String) -> String {
        let attachmentId = AttachmentGrant.newIdentifier()
        attachmentGrants[attachmentId] = AttachmentGrant(messageId: messageId, partId: partId)
        return attachmentId
    }

    func attachmentGrant(_ attachmentId: String) -> AttachmentGrant? {
        attachmentGrants[attachmentId]
    }
}

/// Which part an attachment id stands for.
struct AttachmentGrant: Sendable {
    let messageId: String
    let partId: String

    /// Shaped like Gmail's: `ANGjdJ` and then a long run of URL-safe characters.
    static func newIdentifier() -> String {
        "ANGjdJ" + RandomToken.urlSafe(count: 230)
    }
}
