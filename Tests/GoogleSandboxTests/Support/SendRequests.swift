import Foundation
import GoogleSandbox
import LoopbackHTTPServer
import RawHTTPClient

/// messages.send requests over real HTTP, each on a fresh connection.
extension GmailTestClient {
    /// A POST with this body and Content-Type, and the client's token.
    func post(_ target: String, contentType: String?, body: Data) async throws -> RawHTTPResponse {
        var head = "POST \(target) HTTP/1.1\r\nHost: gmail.googleapis.com\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        let request = Data(head.utf8) + body
        let port = fake.port
        return try await offThePool {
            let connection = try RawHTTPConnection(port: port)
            try connection.write(request)
            return try connection.readResponse()
        }
    }

    /// The JSON path with `{"raw": …}` (unpadded base64url, as most clients send it), plus a
    /// thread id when given.
    func sendJSON(_ raw: Data, threadId: String? = nil, userId: String = "me") async throws -> RawHTTPResponse {
        var members = ["\"raw\":\"\(GmailJSON.base64URLUnpadded(raw))\""]
        if let threadId { members.append("\"threadId\":\"\(threadId)\"") }
        return try await post(
            "/gmail/v1/users/\(userId)/messages/send", contentType: "application/json",
            body: Data(("{" + members.joined(separator: ",") + "}").utf8))
    }

    /// The media upload: the message's bytes as the body.
    func sendMedia(_ raw: Data, contentType: String? = "message/rfc822") async throws -> RawHTTPResponse {
        try await post("/upload/gmail/v1/users/me/messages/send?uploadType=media", contentType: contentType, body: raw)
    }

    /// The multipart upload: the Message JSON, then the message.
    func sendMultipart(_ raw: Data, metadata: String = "{}", metadataType: String = "application/json; charset=UTF-8")
        async throws -> RawHTTPResponse
    {
        let boundary = "upload_boundary_7f3a"
        var body = Data("--\(boundary)\r\nContent-Type: \(metadataType)\r\n\r\n\(metadata)\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Type: message/rfc822\r\n\r\n".utf8) + raw
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        return try await post(
            "/upload/gmail/v1/users/me/messages/send?uploadType=multipart",
            contentType: "multipart/related; boundary=\(boundary)", body: body)
    }
}

extension GmailJSON {
    static func base64URLUnpadded(_ data: Data) -> String {
        var text = data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }
}

/// A small valid message to send; headers given override the defaults by name.
func outgoingMessage(
    to: String? = "Bob <bob@example.com>", subject: String = "Hello", extraHeaders: [String] = [],
    body: String = "Hi Bob,\n\nJust checking in.\n"
) -> Data {
    var lines: [String] = []
    if let to { lines.append("To: \(to)") }
    lines.append("Subject: \(subject)")
    lines += extraHeaders
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
    return crlf(lines.joined(separator: "\n") + "\n\n" + body)
}
