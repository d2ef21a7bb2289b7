import LoopbackHTTPServer

/// A request to one of the Gmail methods the fake serves, with the ids from its path.
enum GmailEndpoint: Equatable {
    case listMessages(userId: String)
    case getMessage(userId: String, id: String)
    case getAttachment(userId: String, messageId: String, attachmentId: String)
    case listLabels(userId: String)
    case listDrafts(userId: String)
    case getThread(userId: String, id: String)
    /// `POST …/users/{userId}/messages/send` with a JSON body.
    case sendMessage(userId: String)
    /// `POST /upload/gmail/v1/users/{userId}/messages/send`, the media and multipart uploads.
    case uploadSendMessage(userId: String)

    /// nil for anything else, which the router answers with Google's unknown-URL 404.
    init?(method: String, path: String) {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true)
            .map { PathSegment.decode($0) }
        let isUpload = segments.first == "upload"
        if isUpload { segments.removeFirst() }
        guard segments.count >= 4, segments[0] == "gmail", segments[1] == "v1", segments[2] == "users" else {
            return nil
        }
        let userId = segments[3]
        let rest = Array(segments.dropFirst(4))
        if method == "POST" {
            guard rest == ["messages", "send"] else { return nil }
            self = isUpload ? .uploadSendMessage(userId: userId) : .sendMessage(userId: userId)
            return
        }
        guard method == "GET", !isUpload else { return nil }
        switch rest.count {
        case 1 where rest[0] == "messages": self = .listMessages(userId: userId)
        case 1 where rest[0] == "labels": self = .listLabels(userId: userId)
        case 1 where rest[0] == "drafts": self = .listDrafts(userId: userId)
        case 2 where rest[0] == "messages": self = .getMessage(userId: userId, id: rest[1])
        case 2 where rest[0] == "threads": self = .getThread(userId: userId, id: rest[1])
        case 4 where rest[0] == "messages" && rest[2] == "attachments":
            self = .getAttachment(userId: userId, messageId: rest[1], attachmentId: rest[3])
        default: return nil
        }
    }

    /// The key `FakeGoogle.requests(_:)` counts under: ids replaced by `{id}` and the user by
    /// `me`, so that a test can count calls without knowing ids.
    var routeKey: String {
        switch self {
        case .listMessages: "GET /gmail/v1/users/me/messages"
        case .getMessage: "GET /gmail/v1/users/me/messages/{id}"
        case .getAttachment: "GET /gmail/v1/users/me/messages/{id}/attachments/{id}"
        case .listLabels: "GET /gmail/v1/users/me/labels"
        case .listDrafts: "GET /gmail/v1/users/me/drafts"
        case .getThread: "GET /gmail/v1/users/me/threads/{id}"
        case .sendMessage: "POST /gmail/v1/users/me/messages/send"
        case .uploadSendMessage: "POST /upload/gmail/v1/users/me/messages/send"
        }
    }
}
