/// Threads as views over the mailbox: a thread is every message carrying its id.
extension Mailbox {
    /// The thread's messages, oldest first by internalDate (then by id); empty for an unknown
    /// thread. Spam and trash are included, as threads.get includes them.
    func messages(inThread threadId: String) -> [StoredMessage] {
        newestFirst.filter { $0.threadId == threadId }.reversed()
    }
}
