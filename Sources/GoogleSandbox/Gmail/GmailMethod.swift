/// The Gmail methods the fake serves, with the scopes each accepts (discovery document, and
/// reference section 5).
enum GmailMethod: Sendable {
    case listMessages, getMessage, getAttachment, listLabels, getThread, sendMessage, listDrafts

    static let fullAccess = "https://mail.google.com/"
    static let modify = "https://www.googleapis.com/auth/gmail.modify"
    static let readonly = "https://www.googleapis.com/auth/gmail.readonly"
    static let metadata = "https://www.googleapis.com/auth/gmail.metadata"
    static let labels = "https://www.googleapis.com/auth/gmail.labels"
    static let send = "https://www.googleapis.com/auth/gmail.send"
    static let compose = "https://www.googleapis.com/auth/gmail.compose"

    var acceptedScopes: [String] {
        switch self {
        case .listMessages, .getMessage, .getThread: [Self.fullAccess, Self.modify, Self.readonly, Self.metadata]
        case .getAttachment: [Self.fullAccess, Self.modify, Self.readonly]
        case .listLabels: [Self.fullAccess, Self.modify, Self.readonly, Self.metadata, Self.labels]
        case .sendMessage: [Self.fullAccess, Self.modify, Self.compose, Self.send]
        // Not gmail.metadata, nor gmail.send (reference sections 2.6 and 5).
        case .listDrafts: [Self.fullAccess, Self.modify, Self.compose, Self.readonly]
        }
    }

    /// The RPC name Google puts in ErrorInfo metadata.
    var rpcName: String {
        switch self {
        case .listMessages: "ListMessages"
        case .getMessage: "GetMessage"
        case .getAttachment: "GetAttachment"
        case .listLabels: "ListLabels"
        case .getThread: "GetThread"
        case .sendMessage: "SendMessage"
        case .listDrafts: "ListDrafts"
        }
    }
}
