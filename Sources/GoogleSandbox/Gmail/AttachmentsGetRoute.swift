/// `users.messages.attachments.get` (reference section 2.4): the part's decoded bytes, without
/// the attachmentId Gmail also often leaves out.
enum AttachmentsGetRoute {
    static func respond(messageId: String, attachmentId: String, mailbox: Mailbox) throws(GmailFailure) -> GoogleJSON {
        guard MessageIdentifiers.isWellFormed(messageId) else { throw .invalidID }
        guard let message = mailbox.message(id: messageId), let grant = mailbox.attachmentGrant(attachmentId),
            grant.messageId == messageId,
            let part = message.root.flattened().first(where: { $0.partId == grant.partId })?.part
        else { throw .notFound }
        return .object([("size", .integer(part.body.count)), ("data", .string(Base64URL.unpadded(part.body)))])
    }
}
