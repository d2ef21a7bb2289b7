import Foundation
import MIME
import GoogleAuth
import HTTP

/// `users.messages.send` and what replying needs (`users.threads.get`).
extension GmailClient {
    /// Messages up to this size go as JSON (`{"raw": …}`, a third larger once base64url); larger
    /// ones through the media upload endpoint. Google does not document the JSON path's limit
    /// and reports range from 1 MiB to 6.5 MiB, so the JSON body is kept under 1 MiB.
    static let largestJSONSend = 768 * 1024

    /// What `send` used, for tests and logs.
    public enum SendPath: String, Sendable {
        case json, mediaUpload, multipartUpload
    }

    /// Sends RFC 5322 bytes; with `threadID`, Gmail files the message into that thread when the
    /// message's In-Reply-To/References and Subject fit it. Returns Gmail's Message (id,
    /// threadId, labelIds). `progress` hears how much of the upload is out (each attempt from
    /// zero), on the HTTP client's thread.
    public func send(
        raw: Data, threadID: String?, progress: (@Sendable (HTTPTransferProgress) -> Void)? = nil
    ) async throws -> GmailMessage {
        if let threadID { try Self.checkThreadID(threadID) }
        let path = Self.sendPath(rawBytes: raw.count, hasThread: threadID != nil)
        var request = sendRequest(raw: raw, threadID: threadID, path: path)
        request.progress = progress
        do {
            return try await caller.json(
                GmailMessage.self, request, retry: Self.sendRetry, subject: "the message to send",
                requiredScope: GoogleScopes.gmailSend)
        } catch let error as GoogleError where error.requestMayHaveArrived {
            throw GoogleError(
                error.code,
                error.message + " The message may or may not have been sent: look in the Sent folder "
                    + "(gmail_fetch_mails with query in:sent) before sending it again.")
        }
    }

    static func sendPath(rawBytes: Int, hasThread: Bool) -> SendPath {
        if rawBytes <= largestJSONSend { return .json }
        return hasThread ? .multipartUpload : .mediaUpload
    }

    /// A send is not idempotent: retried only when Google says it did not take it (429, 5xx,
    /// rate-limit 403s, as the contract lists) or when nothing left this machine; never after
    /// a network error or timeout that may have struck once the message was out.
    static let sendRetry: RetryPolicy = {
        var policy = GoogleAPICaller.defaultRetry
        policy.retriesNetworkErrors = false
        return policy
    }()

    private func sendRequest(raw: Data, threadID: String?, path: SendPath) -> HTTPClient.Request {
        // Uploads of tens of MB need longer than the usual 30 s on a slow line.
        let timeout = Duration.seconds(60 + raw.count / (256 * 1024))
        switch path {
        case .json:
            var fields: [String: String] = ["raw": Base64URL.encode(raw)]
            if let threadID { fields["threadId"] = threadID }
            let body = (try? JSONEncoder().encode(fields)) ?? Data()
            return HTTPClient.Request(
                method: "POST", url: root + Self.path("/messages/send", []),
                headers: ["Content-Type": "application/json"], body: body, timeout: timeout)
        case .mediaUpload:
            return HTTPClient.Request(
                method: "POST", url: root + "/upload" + Self.path("/messages/send", [("uploadType", "media")]),
                headers: ["Content-Type": "message/rfc822"], body: raw, timeout: timeout)
        case .multipartUpload:
            let boundary = "gmail-mcp-upload-" + UUID().uuidString
            var body = Data()
            let metadata = (try? JSONEncoder().encode(["threadId": threadID ?? ""])) ?? Data()
            body += Data("--\(boundary)\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n".utf8)
            body += metadata
            body += Data("\r\n--\(boundary)\r\nContent-Type: message/rfc822\r\n\r\n".utf8)
            body += raw
            body += Data("\r\n--\(boundary)--\r\n".utf8)
            return HTTPClient.Request(
                method: "POST", url: root + "/upload" + Self.path("/messages/send", [("uploadType", "multipart")]),
                headers: ["Content-Type": "multipart/related; boundary=\(boundary)"], body: body, timeout: timeout)
        }
    }

    /// `users.threads.get`: the thread's messages, oldest first.
    public func thread(id: String, format: MessageFormat, metadataHeaders: [String] = []) async throws -> GmailThread {
        try Self.checkThreadID(id)
        let parameters = [("format", format.rawValue)] + metadataHeaders.map { ("metadataHeaders", $0) }
        let request = HTTPClient.Request(url: root + Self.path("/threads/\(id)", parameters))
        return try await caller.json(
            GmailThread.self, request, subject: "thread \(id)", requiredScope: GoogleScopes.gmailReadonly)
    }

    static func checkThreadID(_ id: String) throws {
        try checkID(id, kind: "thread", source: "gmail_fetch_mails or gmail_get_message_by_id")
    }
}

/// `users.threads.get`.
public struct GmailThread: Decodable, Sendable, Equatable {
    public var id: String
    public var historyId: String?
    public var messages: [GmailMessage]?
}
