/// `users.messages.attachments.get` (reference section 2.4): the part's decoded bytes, without
/// the attachmentId Gmail also often leaves out. The id must name a part of the message in the
/// path that is served by attachmentId (`AttachmentIdentifiers`); anything else is the same 404.
enum AttachmentsGetRoute {
    static func respond(messageId: String, attachmentId: String, mailbox: Mailbox) throws(GmailFailure) -> GoogleJSON {
        guard MessageIdentifiers.isWellFormed(messageId) else { throw .invalidID }
        guard let message = mailbox.message(id: messageId), let named = AttachmentIdentifiers.resolve(attachmentId),
            named.messageId == messageId,
            let part = message.root.flattened().first(where: { $0.partId == named.partId })?.part,
            MessagePayload.hasAttachmentId(part)
        else { throw .notFound }
        return .object([("size", .integer(part.body.count)), ("data", .string(Base64URL.unpadded(part.body)))])
    }
}
