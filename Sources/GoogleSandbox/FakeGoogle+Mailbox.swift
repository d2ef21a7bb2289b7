import Foundation

/// The Gmail mailbox behind the fake's Gmail routes, for tests to fill and inspect.
extension FakeGoogle {
    /// Delivers an RFC 5322 message (CRLF line ends) and returns its new 16-hex-digit id. With
    /// a `threadId` the message joins that thread; without, it starts its own, named after it.
    @discardableResult
    public func deliver(
        raw: Data, labelIds: [String] = ["INBOX", "UNREAD"], internalDate: Date = .now, threadId: String? = nil
    ) -> String {
        core.state.withLock {
            $0.mailbox.deliver(raw: raw, labelIds: labelIds, internalDate: internalDate, threadId: threadId)
        }
    }

    /// Every message id, newest first, spam and trash included.
    public func messageIDs() -> [String] {
        core.state.withLock { $0.mailbox.newestFirst.map(\.id) }
    }

    /// The bytes of a message exactly as delivered.
    public func rawMessage(id: String) -> Data? {
        core.state.withLock { $0.mailbox.message(id: id)?.raw }
    }

    public func labels(ofMessage id: String) -> [String]? {
        core.state.withLock { $0.mailbox.message(id: id)?.labelIds }
    }

    /// Removes a message, as if deleted in another client: later gets of it answer 404.
    public func deleteMessage(id: String) {
        core.state.withLock { $0.mailbox.delete(id: id) }
    }

    /// HTTP requests received, every route and failure included; a batch counts once.
    public var httpRequests: Int { core.state.withLock { $0.httpRequests } }

    /// The next `count` inner requests of batches fail with `status` inside their parts (the
    /// batch itself still answers 200), like Gmail's per-call 429s.
    public func failNextBatchParts(_ count: Int, status: Int, retryAfter: String? = nil) {
        core.state.withLock { $0.faults.failNextBatchParts(count, status: status, retryAfter: retryAfter) }
    }
}
