import Foundation
import MIME
import GoogleAuth
import HTTP

/// The Gmail module: the Gmail and People API clients — wire models, batching, retries and the
/// mapping of Google's errors to the contract's codes; it owns those APIs' endpoints. Mail
/// formats belong to the MIME module and tokens to GoogleAuth; it knows nothing of MCP.
///
/// Typed calls to the Gmail API v1 (`users.messages.*`) for the authorized user (`me`).
public struct GmailClient: Sendable {
    public enum MessageFormat: String, Sendable, CaseIterable {
        case minimal, metadata, full, raw
    }

    let caller: GoogleAPICaller
    let root: String
    /// The root URL's own path ("" for Google); batch inner requests are path-only URLs.
    private let rootURLPath: String

    /// Messages per batch request: Google allows 100, and recommends staying at 50 or less so a
    /// batch does not trip the per-user concurrency limit.
    static let batchSize = 50
    /// Batch requests in flight at once.
    static let concurrentBatches = 2
    /// Single requests in flight at once (the fallback and the retries of failed batch items).
    static let concurrentRequests = 5

    public init(http: HTTPClient, tokens: TokenProvider, gmailURL: String) {
        self.caller = GoogleAPICaller(http: http, tokens: tokens, service: "Gmail")
        self.root = gmailURL
        self.rootURLPath = URLComponents(string: gmailURL)?.path ?? ""
    }

    /// `users.messages.list`.
    public func listMessages(
        query: String?, maxResults: Int, pageToken: String?, labelIDs: [String], includeSpamTrash: Bool
    ) async throws -> MessageList {
        var parameters: [(String, String)] = [("maxResults", String(maxResults))]
        if let query, !query.isEmpty { parameters.append(("q", query)) }
        if let pageToken, !pageToken.isEmpty { parameters.append(("pageToken", pageToken)) }
        parameters += labelIDs.map { ("labelIds", $0) }
        if includeSpamTrash { parameters.append(("includeSpamTrash", "true")) }
        let request = HTTPClient.Request(url: root + Self.path("/messages", parameters))
        return try await caller.json(
            MessageList.self, request, subject: "the message list", requiredScope: GoogleScopes.gmailReadonly)
    }

    /// `users.messages.get`.
    public func message(id: String, format: MessageFormat, metadataHeaders: [String] = []) async throws
        -> GmailMessage
    {
        try Self.checkMessageID(id)
        let request = HTTPClient.Request(url: root + Self.messagePath(id, format: format, headers: metadataHeaders))
        return try await caller.json(
            GmailMessage.self, request, subject: "message \(id)", requiredScope: GoogleScopes.gmailReadonly)
    }

    /// Many `users.messages.get` in as few round trips as possible (batches of 50), in the order
    /// of `ids`. A message that is gone (deleted since it was listed) is nil, not an error.
    public func messages(ids: [String], format: MessageFormat, metadataHeaders: [String] = []) async throws
        -> [GmailMessage?]
    {
        let chunks = stride(from: 0, to: ids.count, by: Self.batchSize).map {
            Array(ids[$0..<min($0 + Self.batchSize, ids.count)])
        }
        let client = self
        let fetched = try await BoundedConcurrency.map(chunks, limit: Self.concurrentBatches) { chunk in
            try await client.batch(chunk, format: format, metadataHeaders: metadataHeaders)
        }
        return fetched.flatMap { $0 }
    }

    /// `users.messages.attachments.get`: the attachment's decoded bytes.
    /// `progress` hears how much of the answer (JSON with the bytes in base64) has arrived.
    public func attachment(
        messageID: String, attachmentID: String, progress: (@Sendable (HTTPTransferProgress) -> Void)? = nil
    ) async throws -> Data {
        try Self.checkMessageID(messageID)
        guard GmailIDs.isAttachmentID(attachmentID) else {
            throw GoogleError(.notFound, "'\(attachmentID.prefix(80))' cannot be a Gmail attachment id.")
        }
        let request = HTTPClient.Request(
            url: root + Self.path("/messages/\(messageID)/attachments/\(attachmentID)", []),
            timeout: .seconds(120), progress: progress)
        let body = try await caller.json(
            MessagePartBody.self, request, subject: "attachment of message \(messageID)",
            requiredScope: GoogleScopes.gmailReadonly)
        guard let data = body.data.flatMap(Base64URL.decode) else {
            throw GoogleError(.upstreamError, "Gmail sent the attachment without readable data.")
        }
        return data
    }

    // MARK: Batches

    private func batch(_ ids: [String], format: MessageFormat, metadataHeaders: [String]) async throws
        -> [GmailMessage?]
    {
        for id in ids { try Self.checkMessageID(id) }
        if ids.count == 1 {
            return [try await messageUnlessGone(ids[0], format: format, metadataHeaders: metadataHeaders)]
        }
        let boundary = GmailBatch.makeBoundary()
        let paths = ids.map { Self.messagePath($0, format: format, headers: metadataHeaders) }
        let request = HTTPClient.Request(
            method: "POST", url: root + "/batch/gmail/v1",
            headers: ["Content-Type": "multipart/mixed; boundary=\(boundary)"],
            body: GmailBatch.encode(paths: paths.map { rootURLPath + $0 }, boundary: boundary))
        let response = try await caller.send(request)
        guard response.status == 200 else {
            throw GoogleAPIFailure.map(
                response, service: "Gmail", subject: "the batch of messages", requiredScope: GoogleScopes.gmailReadonly)
        }
        let inner = GmailBatch.decode(response.body, contentType: response.headers["Content-Type"], count: ids.count)
        var results = [GmailMessage?](repeating: nil, count: ids.count)
        var retryOneByOne: [Int] = []
        for index in ids.indices {
            guard let item = inner?[index] else {
                retryOneByOne.append(index)
                continue
            }
            let failed = HTTPClient.Response(status: item.status, body: item.body)
            switch item.status {
            case 200:
                results[index] = try caller.decode(GmailMessage.self, from: item.body)
            case 401, 429, 500...599:
                retryOneByOne.append(index)
            case _ where GoogleAPIFailure.isRateLimit(failed):
                retryOneByOne.append(index)
            default:
                let error = GoogleAPIFailure.map(
                    failed, service: "Gmail", subject: "message \(ids[index])",
                    requiredScope: GoogleScopes.gmailReadonly)
                // Gone since it was listed (404, or Gmail's 400 "Invalid id value"): left out, not an
                // error. Any other failure is the caller's to see.
                guard error.code == .notFound else { throw error }
                results[index] = nil
            }
        }
        // Items the batch could not serve are fetched one by one, which brings the single
        // request's token refresh and backoff with it.
        let client = self
        let retried = try await BoundedConcurrency.map(retryOneByOne, limit: Self.concurrentRequests) { index in
            try await client.messageUnlessGone(ids[index], format: format, metadataHeaders: metadataHeaders)
        }
        for (index, message) in zip(retryOneByOne, retried) {
            results[index] = message
        }
        return results
    }

    private func messageUnlessGone(_ id: String, format: MessageFormat, metadataHeaders: [String]) async throws
        -> GmailMessage?
    {
        do {
            return try await message(id: id, format: format, metadataHeaders: metadataHeaders)
        } catch let error as GoogleError where error.code == .notFound {
            return nil
        }
    }

    // MARK: Paths

    /// The API's path below the configured root.
    private static let rootPath = "/gmail/v1/users/me"

    static func path(_ suffix: String, _ parameters: [(String, String)]) -> String {
        rootPath + suffix + (parameters.isEmpty ? "" : "?" + FormURLEncoding.encode(parameters))
    }

    /// `/gmail/v1/users/me/messages/{id}?format=…`, below the configured root.
    private static func messagePath(_ id: String, format: MessageFormat, headers: [String]) -> String {
        path("/messages/\(id)", [("format", format.rawValue)] + headers.map { ("metadataHeaders", $0) })
    }

    static func checkMessageID(_ id: String) throws {
        try checkID(id, kind: "message", source: "gmail_fetch_mails")
    }

    /// Gmail ids are 16 hexadecimal digits; anything else is refused without a request.
    static func checkID(_ id: String, kind: String, source: String) throws {
        guard GmailIDs.isMessageID(id) else {
            throw GoogleError(
                .notFound,
                "'\(id.prefix(80))' cannot be a Gmail \(kind) id (they are hexadecimal, like 18c9a1b2c3d4e5f6); "
                    + "take \(kind) ids from \(source).")
        }
    }
}
