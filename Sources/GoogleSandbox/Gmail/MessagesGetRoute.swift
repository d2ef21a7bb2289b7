import LoopbackHTTPServer

/// `users.messages.get` (reference section 2.2) in its four formats.
enum MessagesGetRoute {
    static func respond(
        _ request: HTTPServerRequest, id: String, grant: GmailAuthorization.Grant, mailbox: Mailbox
    ) throws(GmailFailure) -> GoogleJSON {
        let format = try MessageFormat(request.queryValues("format").first)
        if grant.isMetadataRestricted, format == .full || format == .raw {
            throw .metadataScopeForbidsFormat(format.rawValue)
        }
        guard MessageIdentifiers.isWellFormed(id) else { throw .invalidID }
        guard let message = mailbox.message(id: id) else { throw .notFound }
        let metadataHeaders = request.queryValues("metadataHeaders").filter { !$0.isEmpty }
        return MessageResource.render(message, format: format, metadataHeaders: metadataHeaders) { partId in
            AttachmentIdentifiers.issue(messageId: id, partId: partId)
        }
    }
}
