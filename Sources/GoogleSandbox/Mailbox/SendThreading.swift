/// Which thread a sent message joins. Gmail documents the rule on `threadId`: the requested
/// thread is joined only when the message's In-Reply-To or References names a message of that
/// thread and the Subject matches; otherwise the message silently starts a thread of its own.
///
/// Assumptions (Gmail does not document them): a `threadId` naming no thread also starts a new
/// thread rather than failing; the subject compared is that of the referenced message; and
/// "matches" means equal once leading `Re:`, `Fwd:` and `Fw:` prefixes (any case, repeated) and
/// surrounding whitespace are removed.
enum SendThreading {
    /// The thread to file the message into, or nil for a new one.
    static func threadId(for message: StrictMessage, requested: String?, in mailbox: Mailbox) -> String? {
        guard let requested else { return nil }
        let thread = mailbox.messages(inThread: requested)
        guard !thread.isEmpty else { return nil }
        let referenced = Set(message.messageIDs("in-reply-to") + message.messageIDs("references"))
        let subject = normalizedSubject(message.values("subject").first ?? "")
        let joins = thread.contains { stored in
            guard let id = messageID(of: stored), referenced.contains(id) else { return false }
            return normalizedSubject(EncodedWords.decode(stored.root.header("Subject") ?? "")) == subject
        }
        return joins ? requested : nil
    }

    /// The `<…>` id of a stored message's Message-ID field, which may carry comments around it.
    private static func messageID(of message: StoredMessage) -> String? {
        guard let value = message.searchable.messageID, let open = value.firstIndex(of: "<"),
            let close = value[open...].firstIndex(of: ">")
        else { return nil }
        return String(value[open...close])
    }

    static func normalizedSubject(_ subject: String) -> String {
        var text = subject.trimmingWhitespace()
        while let prefix = ["re:", "fwd:", "fw:"].first(where: { text.lowercased().hasPrefix($0) }) {
            text = String(text.dropFirst(prefix.count)).trimmingWhitespace()
        }
        return text
    }
}
