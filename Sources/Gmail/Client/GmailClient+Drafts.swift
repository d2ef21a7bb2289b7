import Foundation
import HTTP

/// `users.drafts.list`.
extension GmailClient {
    public func listDrafts(query: String?, maxResults: Int, pageToken: String?, includeSpamTrash: Bool) async throws
        -> DraftList
    {
        var parameters: [(String, String)] = [("maxResults", String(maxResults))]
        if let query, !query.isEmpty { parameters.append(("q", query)) }
        if let pageToken, !pageToken.isEmpty { parameters.append(("pageToken", pageToken)) }
        if includeSpamTrash { parameters.append(("includeSpamTrash", "true")) }
        let request = HTTPClient.Request(url: root + Self.path("/drafts", parameters))
        return try await caller.json(
            DraftList.self, request, subject: "the draft list", requiredScope: GoogleScopes.gmailReadonly)
    }
}

/// `users.drafts.list`: with no drafts, `drafts` is absent.
public struct DraftList: Decodable, Sendable, Equatable {
    public struct Draft: Decodable, Sendable, Equatable {
        public var id: String
        public var message: GmailMessage?
    }

    public var drafts: [Draft]?
    public var nextPageToken: String?
    public var resultSizeEstimate: Int?
}
