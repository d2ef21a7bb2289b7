import Foundation
import LoopbackHTTPServer

/// `users.messages.send` (reference section 2.5) on its JSON path and its upload path. Every
/// message is checked with `StrictMessageParser` before Gmail's own rules (recipients, From,
/// threading) are applied, so that the product's composer is held to the standards.
enum MessagesSendRoute {
    /// Above this a JSON body is refused with 413. Gmail documents no limit; reports put the
    /// 413 near 6.5 MiB, so the fake uses 6 MiB.
    static let maximumJSONBodySize = 6 * 1024 * 1024
    /// The discovery document's `maxSize` for uploads: 35 MiB.
    static let maximumMediaSize = 36_700_160

    static func checkJSONSize(_ request: HTTPServerRequest) throws(GmailFailure) {
        guard request.body.count <= maximumJSONBodySize else { throw .requestEntityTooLarge }
    }

    /// A media upload's body is the message; a multipart one is checked once its media part
    /// is cut out.
    static func checkMediaSize(_ request: HTTPServerRequest) throws(GmailFailure) {
        guard request.queryValues("uploadType").first == "media", request.body.count > maximumMediaSize else { return }
        throw .mediaTooLarge(size: request.body.count, limit: maximumMediaSize)
    }

    static func respondToJSON(
        _ request: HTTPServerRequest, state: inout SandboxState, now: Date
    ) throws(GmailFailure) -> GoogleJSON {
        let body = try SendRequestBody.json(request.body)
        return try send(body, state: &state, now: now)
    }

    static func respondToUpload(
        _ request: HTTPServerRequest, state: inout SandboxState, now: Date
    ) throws(GmailFailure) -> GoogleJSON {
        let body = try SendRequestBody.upload(request)
        return try send(body, state: &state, now: now)
    }

    private static func send(
        _ body: SendRequestBody, state: inout SandboxState, now: Date
    ) throws(GmailFailure) -> GoogleJSON {
        state.sending.lastUploadType = body.uploadType
        let message: StrictMessage
        do {
            message = try StrictMessageParser.parse(body.raw)
        } catch {
            if let header = error.headerName, let recipientField = recipientFieldName(header) {
                throw .invalidRecipientHeader(recipientField)
            }
            throw .invalidMessage(error)
        }
        guard ["to", "cc", "bcc"].contains(where: { !message.addresses($0).isEmpty }) else {
            throw .recipientRequired
        }
        let stored = SentMessagePreparation.prepare(
            body.raw, message: message, accountAddress: state.mailbox.emailAddress,
            aliases: state.sending.sendAsAliases, now: now)
        let threadId = SendThreading.threadId(for: message, requested: body.threadId, in: state.mailbox)
        let id = state.mailbox.deliver(raw: stored, labelIds: ["SENT"], internalDate: now, threadId: threadId)
        state.sending.sentMessageIDs.append(id)
        let resolvedThread = state.mailbox.message(id: id)?.threadId ?? id
        return .object([
            ("id", .string(id)), ("threadId", .string(resolvedThread)), ("labelIds", .array([.string("SENT")])),
        ])
    }

    /// `To`, `Cc` or `Bcc` as Gmail spells them in `Invalid To header`; nil for other fields.
    private static func recipientFieldName(_ header: String) -> String? {
        switch header.lowercased() {
        case "to": "To"
        case "cc": "Cc"
        case "bcc": "Bcc"
        default: nil
        }
    }
}
