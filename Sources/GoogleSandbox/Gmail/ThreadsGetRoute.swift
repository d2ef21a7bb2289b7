import LoopbackHTTPServer

/// `users.threads.get` (reference section 2.8): the thread's id, its latest historyId and its
/// messages oldest first, each rendered as messages.get renders it in the same format. There
/// is no `raw` format for threads.
enum ThreadsGetRoute {
    static func respond(
        _ request: HTTPServerRequest, id: String, grant: GmailAuthorization.Grant, mailbox: Mailbox
    ) throws(GmailFailure) -> GoogleJSON {
        let formatText = request.queryValues("format").first
        let format = try MessageFormat(formatText)
        if format == .raw { throw .invalidParameter(field: "format", type: "TYPE_ENUM", value: formatText ?? "") }
        if grant.isMetadataRestricted, format == .full { throw .metadataScopeForbidsFormat(format.rawValue) }
        guard MessageIdentifiers.isWellFormed(id) else { throw .invalidID }
        let messages = mailbox.messages(inThread: id)
        guard let historyId = messages.map(\.historyId).max() else { throw .notFound }
        let metadataHeaders = request.queryValues("metadataHeaders").filter { !$0.isEmpty }
        var rendered: [GoogleJSON] = []
        for message in messages {
            rendered.append(
                MessageResource.render(message, format: format, metadataHeaders: metadataHeaders) { partId in
                    AttachmentIdentifiers.issue(messageId: message.id, partId: partId)
                })
        }
        return .object([
            ("id", .string(id)), ("historyId", .string(String(historyId))), ("messages", .array(rendered)),
        ])
    }
}
