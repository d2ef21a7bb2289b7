import LoopbackHTTPServer

/// The query parameters of a messages.list call, checked the way Google's front end checks
/// their types (a 400 naming the field for a value that does not parse).
struct MessageListParameters {
    static let defaultPageSize = 100
    /// Larger `maxResults` are served as 500, not refused: clients asking for more see pages of
    /// 500, as reported for Gmail.
    static let maximumPageSize = 500

    /// nil when absent; present but empty still counts (the metadata scope refuses even that).
    let query: String?
    let pageSize: Int
    let includeSpamTrash: Bool
    let cursor: PageToken?
    /// A message must carry every one of these.
    let requiredLabels: [String]

    init(_ request: HTTPServerRequest) throws(GmailFailure) {
        query = request.queryValues("q").first
        pageSize = try Self.pageSize(request.queryValues("maxResults").first)
        includeSpamTrash = try Self.boolean(request.queryValues("includeSpamTrash").first, field: "include_spam_trash")
        if let token = request.queryValues("pageToken").first, !token.isEmpty {
            cursor = try PageToken(parsing: token)
        } else {
            cursor = nil
        }
        requiredLabels = request.queryValues("labelIds").filter { !$0.isEmpty }
    }

    private static func pageSize(_ text: String?) throws(GmailFailure) -> Int {
        guard let text, !text.isEmpty else { return defaultPageSize }
        guard let value = UInt32(text) else {
            throw .invalidParameter(field: "max_results", type: "TYPE_UINT32", value: text)
        }
        // 0 is proto3's "unset": the default applies.
        return value == 0 ? defaultPageSize : min(Int(value), maximumPageSize)
    }

    private static func boolean(_ text: String?, field: String) throws(GmailFailure) -> Bool {
        guard let text, !text.isEmpty else { return false }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .invalidParameter(field: field, type: "TYPE_BOOL", value: text)
        }
    }
}
