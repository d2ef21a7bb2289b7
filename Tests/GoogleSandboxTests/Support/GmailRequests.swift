import Foundation
import GoogleSandbox
import LoopbackHTTPServer
import RawHTTPClient

/// Gmail requests to a `FakeGoogle`, over real HTTP on a fresh connection each.
struct GmailTestClient {
    let fake: FakeGoogle
    /// Sent as `Authorization: Bearer …`; nil sends no Authorization header.
    let token: String?

    /// A client holding a fresh access token with these scopes (through `POST /token`).
    static func connect(to fake: FakeGoogle, scopes: [String] = SandboxSeed.allScopes) async throws -> GmailTestClient {
        GmailTestClient(fake: fake, token: try await accessToken(from: fake, scopes: scopes))
    }

    func get(_ target: String, headers: [String] = []) async throws -> RawHTTPResponse {
        var head = "GET \(target) HTTP/1.1\r\nHost: gmail.googleapis.com\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        for header in headers { head += header + "\r\n" }
        return try await send(Data((head + "\r\n").utf8))
    }

    /// A GET whose answer must be a 200 JSON object.
    func json(_ target: String) async throws -> [String: Any] {
        let response = try await get(target)
        guard response.status == 200 else {
            throw RawHTTPError(description: "GET \(target) answered \(response.status): \(response.text)")
        }
        return try response.jsonObject()
    }

    func message(_ id: String, _ query: String = "") async throws -> [String: Any] {
        try await json("/gmail/v1/users/me/messages/\(id)\(query)")
    }

    /// Every id of a list query, page by page; fails on a repeated page token.
    func listIDs(_ query: String = "") async throws -> [String] {
        let json = try await self.json(
            "/gmail/v1/users/me/messages?maxResults=500" + (query.isEmpty ? "" : "&" + query))
        return (json["messages"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Ids matching a Gmail search, in list order.
    func search(_ q: String, extra: String = "") async throws -> [String] {
        try await listIDs("q=" + percentEncoded(q) + extra)
    }

    func postBatch(body: String, boundary: String, extraHeaders: [String] = []) async throws -> RawHTTPResponse {
        var head = "POST /batch/gmail/v1 HTTP/1.1\r\nHost: gmail.googleapis.com\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        head += "Content-Type: multipart/mixed; boundary=\(boundary)\r\n"
        for header in extraHeaders { head += header + "\r\n" }
        head += "Content-Length: \(body.utf8.count)\r\n\r\n"
        return try await send(Data((head + body).utf8))
    }

    private func send(_ request: Data) async throws -> RawHTTPResponse {
        let port = fake.port
        return try await offThePool {
            let connection = try RawHTTPConnection(port: port)
            try connection.write(request)
            return try connection.readResponse()
        }
    }
}

/// A fresh access token for the seeded client (registered here for unseeded fakes), holding
/// `scopes`.
func accessToken(from fake: FakeGoogle, scopes: [String]) async throws -> String {
    fake.registerClient(id: SandboxSeed.clientID, secret: SandboxSeed.clientSecret)
    let refreshToken = fake.issueRefreshToken(clientID: SandboxSeed.clientID, scopes: scopes)
    let port = fake.port
    let response = try await offThePool {
        try RawHTTPConnection(port: port).postToken(seededGrantFields(refreshToken: refreshToken))
    }
    guard let token = try response.jsonObject()["access_token"] as? String else {
        throw RawHTTPError(description: "no access token: \(response.text)")
    }
    return token
}

func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

enum GmailScope {
    static let full = "https://mail.google.com/"
    static let modify = "https://www.googleapis.com/auth/gmail.modify"
    static let readonly = "https://www.googleapis.com/auth/gmail.readonly"
    static let metadata = "https://www.googleapis.com/auth/gmail.metadata"
    static let send = "https://www.googleapis.com/auth/gmail.send"
    static let labels = "https://www.googleapis.com/auth/gmail.labels"
}
