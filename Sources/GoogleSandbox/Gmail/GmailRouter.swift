import Foundation
import LoopbackHTTPServer

/// Dispatches Gmail API requests, each after the same admission checks, and renders what the
/// method returns as Google's JSON.
enum GmailRouter {
    /// nil when the request is for none of the Gmail methods the fake serves.
    static func route(
        _ request: HTTPServerRequest, state: inout SandboxState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse? {
        guard let endpoint = GmailEndpoint(method: request.method, path: request.path) else { return nil }
        do {
            let body = try respond(to: endpoint, request: request, state: &state, now: now)
            return success(body)
        } catch {
            return error.response
        }
    }

    static func success(_ body: GoogleJSON) -> HTTPServerResponse {
        HTTPServerResponse.json(
            200, body.rendered(), headers: [HeaderField(name: "Vary", value: "Origin, X-Origin, Referer")])
    }

    private static func respond(
        to endpoint: GmailEndpoint, request: HTTPServerRequest, state: inout SandboxState,
        now: ContinuousClock.Instant
    ) throws(GmailFailure) -> GoogleJSON {
        let account = state.mailbox.emailAddress
        func admit(_ method: GmailMethod, _ userId: String) throws(GmailFailure) -> GmailAuthorization.Grant {
            try GmailAuthorization.admit(
                request, method: method, userId: userId, oauth: state.oauth, accountAddress: account, now: now)
        }
        switch endpoint {
        case .listMessages(let userId):
            let grant = try admit(.listMessages, userId)
            return try MessagesListRoute.respond(request, grant: grant, mailbox: state.mailbox, now: Date())
        case .getMessage(let userId, let id):
            let grant = try admit(.getMessage, userId)
            return try MessagesGetRoute.respond(request, id: id, grant: grant, mailbox: state.mailbox)
        case .getAttachment(let userId, let messageId, let attachmentId):
            _ = try admit(.getAttachment, userId)
            return try AttachmentsGetRoute.respond(
                messageId: messageId, attachmentId: attachmentId, mailbox: state.mailbox)
        case .listLabels(let userId):
            _ = try admit(.listLabels, userId)
            return LabelsListRoute.respond()
        case .listDrafts(let userId):
            _ = try admit(.listDrafts, userId)
            return try DraftsListRoute.respond(request, mailbox: state.mailbox, drafts: state.drafts, now: Date())
        case .getThread(let userId, let id):
            let grant = try admit(.getThread, userId)
            return try ThreadsGetRoute.respond(request, id: id, grant: grant, mailbox: state.mailbox)
        case .sendMessage(let userId):
            // The size limits act in front of the API, before credentials are looked at.
            try MessagesSendRoute.checkJSONSize(request)
            _ = try admit(.sendMessage, userId)
            return try MessagesSendRoute.respondToJSON(request, state: &state, now: Date())
        case .uploadSendMessage(let userId):
            try MessagesSendRoute.checkMediaSize(request)
            _ = try admit(.sendMessage, userId)
            return try MessagesSendRoute.respondToUpload(request, state: &state, now: Date())
        }
    }
}
