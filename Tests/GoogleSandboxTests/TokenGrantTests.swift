import Foundation
import GoogleSandbox
import Testing
import RawHTTPClient

@Suite("FakeGoogle token endpoint: successful grants")
struct TokenGrantTests {
    private static let urlSafe = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    @Test func seedIsTheDocumentedSandboxAccount() {
        #expect(SandboxSeed.clientID == "sandbox-client.apps.googleusercontent.com")
        #expect(SandboxSeed.clientSecret == "sandbox-client-secret")
        #expect(SandboxSeed.refreshToken == "1//sandbox-refresh-token")
        #expect(
            SandboxSeed.allScopes == [
                "https://www.googleapis.com/auth/gmail.readonly",
                "https://www.googleapis.com/auth/gmail.send",
                "https://www.googleapis.com/auth/contacts.readonly",
                "https://www.googleapis.com/auth/contacts.other.readonly",
            ])
    }

    @Test func urlsPointAtTheLoopbackServer() throws {
        let fake = try FakeGoogle()
        #expect(fake.baseURL == "http://127.0.0.1:\(fake.port)")
        #expect(fake.tokenURL == fake.baseURL + "/token")
    }

    @Test func refreshGrantHasGooglesShapeAndNoRefreshToken() throws {
        let fake = try FakeGoogle()
        let response = try postToken(to: fake, seededGrantFields())
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.header("Cache-Control") == "no-cache, no-store, max-age=0, must-revalidate")
        let json = try response.jsonObject()
        #expect(Set(json.keys) == ["access_token", "expires_in", "scope", "token_type"])
        #expect(json["refresh_token"] == nil)
        #expect(json["token_type"] as? String == "Bearer")
        #expect(json["expires_in"] as? Int == 3599)
        #expect(json["scope"] as? String == SandboxSeed.allScopes.joined(separator: " "))
        let token = try #require(json["access_token"] as? String)
        #expect(token.hasPrefix("ya29.a0"))
        #expect(token.count >= "ya29.a0".count + 60)
        #expect(token.dropFirst("ya29.a0".count).allSatisfy { Self.urlSafe.contains($0) })
        #expect(fake.grantsIssued == 1)
        #expect(fake.issuedAccessTokens == [token])
    }

    @Test func everyGrantMintsANewAccessToken() throws {
        let fake = try FakeGoogle()
        let connection = try RawHTTPConnection(port: fake.port)
        let tokens = try (0..<3).map { _ in
            try connection.postToken(seededGrantFields()).jsonObject()["access_token"] as? String
        }
        #expect(Set(tokens.compactMap { $0 }).count == 3)
        #expect(fake.issuedAccessTokens == tokens.compactMap { $0 })
        #expect(fake.grantsIssued == 3)
        // All three on one keep-alive connection, as a pooling client would send them.
        #expect(fake.acceptedConnections == 1)
        #expect(fake.requests("POST /token") == 3)
    }

    @Test func issuedRefreshTokenLooksLikeGooglesAndGrantsItsScopes() throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        fake.registerClient(id: "other.apps.googleusercontent.com", secret: "other-secret")
        let scopes = ["https://www.googleapis.com/auth/gmail.send"]
        let refreshToken = fake.issueRefreshToken(
            clientID: "other.apps.googleusercontent.com", scopes: scopes)
        #expect(refreshToken.hasPrefix("1//0g"))
        #expect(refreshToken.count == 45)
        #expect(refreshToken.dropFirst(5).allSatisfy { Self.urlSafe.contains($0) })
        #expect(
            fake.issueRefreshToken(clientID: "other.apps.googleusercontent.com", scopes: scopes)
                != refreshToken)

        let response = try postToken(
            to: fake,
            [
                ("grant_type", "refresh_token"), ("client_id", "other.apps.googleusercontent.com"),
                ("client_secret", "other-secret"), ("refresh_token", refreshToken),
            ])
        #expect(response.status == 200)
        #expect(
            try response.jsonObject()["scope"] as? String == "https://www.googleapis.com/auth/gmail.send")
    }

    @Test func accessTokenLifetimeIsConfigurable() throws {
        let fake = try FakeGoogle()
        fake.setAccessTokenLifetime(seconds: 120)
        let json = try postToken(to: fake, seededGrantFields()).jsonObject()
        #expect(json["expires_in"] as? Int == 120)
    }

    @Test func registeringAClientAgainReplacesItsSecret() throws {
        let fake = try FakeGoogle()
        fake.registerClient(id: SandboxSeed.clientID, secret: "rotated")
        #expect(try postToken(to: fake, seededGrantFields()).status == 401)
        var fields = seededGrantFields()
        fields[2] = ("client_secret", "rotated")
        #expect(try postToken(to: fake, fields).status == 200)
    }

    @Test func bodyIsPrettyPrintedLikeGoogles() throws {
        let fake = try FakeGoogle()
        let response = try postToken(to: fake, [("grant_type", "refresh_token")])
        #expect(
            response.text
                == "{\n  \"error\": \"invalid_request\",\n  \"error_description\": \"Could not determine client ID from request.\"\n}\n"
        )
    }
}
