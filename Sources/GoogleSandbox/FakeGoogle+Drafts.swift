import Foundation

/// Drafts in the fake mailbox, for tests to create and inspect.
extension FakeGoogle {
    /// Stores an RFC 5322 message (CRLF line ends) as a draft: a message labelled DRAFT, dated
    /// `date`, joining `threadId` when given, plus a draft id (`r` and digits) of its own.
    @discardableResult
    public func saveDraft(raw: Data, threadId: String? = nil, date: Date = .now) -> (draftId: String, messageId: String)
    {
        core.state.withLock { state in
            let messageId = state.mailbox.deliver(raw: raw, labelIds: ["DRAFT"], internalDate: date, threadId: threadId)
            return (state.drafts.register(messageId: messageId), messageId)
        }
    }

    /// Every draft id whose message still exists, newest first.
    public func draftIDs() -> [String] {
        core.state.withLock { state in
            state.mailbox.newestFirst.compactMap { state.drafts.draftID(ofMessage: $0.id) }
        }
    }
}
