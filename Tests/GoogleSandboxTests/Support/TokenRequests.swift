import Foundation
import GoogleSandbox
import RawHTTPClient

/// Encodes form fields the way an OAuth client must: unreserved characters as they are,
/// everything else (`/` in refresh tokens included) percent-encoded.
func formEncoded(_ fields: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
    return fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
}

/// The form of a correct refresh grant for the sandbox account.
func seededGrantFields(refreshToken: String = SandboxSeed.refreshToken) -> [(String, String)] {
    [
        ("grant_type", "refresh_token"),
        ("client_id", SandboxSeed.clientID),
        ("client_secret", SandboxSeed.clientSecret),
        ("refresh_token", refreshToken),
    ]
}

extension RawHTTPConnection {
    /// Sends one `POST /token` on this connection and reads the answer.
    func postToken(_ fields: [(String, String)]) throws -> RawHTTPResponse {
        let body = formEncoded(fields)
        try write(
            "POST /token HTTP/1.1\r\nHost: oauth2.googleapis.com\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
        return try readResponse()
    }
}

/// One grant on a fresh connection.
func postToken(to fake: FakeGoogle, _ fields: [(String, String)]) throws -> RawHTTPResponse {
    try RawHTTPConnection(port: fake.port).postToken(fields)
}
