import Foundation
import Gmail
import MIME

/// The headers that put a reply into its thread. Gmail files a sent message into `threadId`
/// only when its References name a message of the thread and its Subject matches (reference
/// section 6), so a reply needs all three; a reply must never silently start a new thread.
struct ReplyThreading: Sendable {
    let threadID: String
    let inReplyTo: String?
    let references: [String]
    /// The subject a reply gets when the caller gives none: `Re: ` and the parent's subject.
    let replySubject: String

    static let headerNames = ["Message-ID", "References", "In-Reply-To", "Subject"]

    /// From the message being answered (`reply_to_message_id`).
    static func replying(toMessage id: String, gmail: GmailClient) async throws -> ReplyThreading {
        let parent = try await gmail.message(id: id, format: .metadata, metadataHeaders: headerNames)
        return from(parent: parent, threadID: parent.threadId ?? parent.id)
    }

    /// From the newest message of the thread that is not a draft (`thread_id` alone).
    static func replying(toThread id: String, gmail: GmailClient) async throws -> ReplyThreading {
        let thread = try await gmail.thread(id: id, format: .metadata, metadataHeaders: headerNames)
        let sent = (thread.messages ?? []).filter { !($0.labelIds ?? []).contains("DRAFT") }
        guard let parent = sent.last ?? thread.messages?.last else {
            throw ToolError(.notFound, "thread \(id) has no messages to reply to")
        }
        return from(parent: parent, threadID: id)
    }

    /// The parent's chain (its References, then its own Message-ID) and its subject.
    static func from(parent: GmailMessage, threadID: String) -> ReplyThreading {
        let read = MIMEReader.read(parent.mimeTree)
        let ownID = read.header("Message-ID").flatMap(MessageIDSyntax.normalized)
        var chain = MessageIDSyntax.all(in: read.header("References") ?? "")
        if chain.isEmpty, let parentsParent = read.header("In-Reply-To").flatMap(MessageIDSyntax.normalized) {
            chain = [parentsParent]
        }
        if let ownID, !chain.contains(ownID) { chain.append(ownID) }
        let subject = read.header("Subject") ?? ""
        return ReplyThreading(
            threadID: threadID, inReplyTo: ownID ?? chain.last, references: chain,
            replySubject: Self.replySubject(to: subject))
    }

    /// `Re: ` once: a subject that already starts with it (any case) is kept as it is.
    static func replySubject(to subject: String) -> String {
        let trimmed = subject.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("re:") { return trimmed }
        return trimmed.isEmpty ? "Re:" : "Re: " + trimmed
    }

    /// With the caller's own `in_reply_to`: it becomes In-Reply-To and closes the chain.
    func answering(_ messageID: String) -> ReplyThreading {
        ReplyThreading(
            threadID: threadID, inReplyTo: messageID,
            references: references.contains(messageID) ? references : references + [messageID],
            replySubject: replySubject)
    }
}
