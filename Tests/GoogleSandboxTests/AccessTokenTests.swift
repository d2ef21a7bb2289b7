import Foundation
import GoogleSandbox
import Testing

@Suite("FakeGoogle access tokens")
struct AccessTokenTests {
    private func grantToken(from fake: FakeGoogle) throws -> String {
        let json = try postToken(to: fake, seededGrantFields()).jsonObject()
        return try #require(json["access_token"] as? String)
    }

    @Test func grantedTokenCarriesItsScopes() throws {
        let fake = try FakeGoogle()
        let token = try grantToken(from: fake)
        #expect(fake.scopes(ofAccessToken: token) == SandboxSeed.allScopes)
        #expect(fake.scopes(ofAccessToken: "ya29.a0unknown") == nil)
    }

    @Test func expireAccessTokensInvalidatesEveryIssuedToken() throws {
        let fake = try FakeGoogle()
        let first = try grantToken(from: fake)
        let second = try grantToken(from: fake)
        fake.expireAccessTokens()
        #expect(fake.scopes(ofAccessToken: first) == nil)
        #expect(fake.scopes(ofAccessToken: second) == nil)
        let fresh = try grantToken(from: fake)
        #expect(fake.scopes(ofAccessToken: fresh) == SandboxSeed.allScopes)
        #expect(fake.issuedAccessTokens == [first, second, fresh])
    }

    @Test func tokenOutlivingItsLifetimeIsUnknown() throws {
        let fake = try FakeGoogle()
        fake.setAccessTokenLifetime(seconds: 0)
        let token = try grantToken(from: fake)
        #expect(fake.scopes(ofAccessToken: token) == nil)
    }

    @Test func revokingTheRefreshTokenKillsItsAccessTokens() throws {
        let fake = try FakeGoogle()
        fake.registerClient(id: "other.apps.googleusercontent.com", secret: "other-secret")
        let othersRefresh = fake.issueRefreshToken(
            clientID: "other.apps.googleusercontent.com", scopes: ["openid"])
        let othersGrant = try postToken(
            to: fake,
            [
                ("grant_type", "refresh_token"), ("client_id", "other.apps.googleusercontent.com"),
                ("client_secret", "other-secret"), ("refresh_token", othersRefresh),
            ]
        ).jsonObject()
        let othersAccess = try #require(othersGrant["access_token"] as? String)
        let seededAccess = try grantToken(from: fake)

        fake.revoke(refreshToken: SandboxSeed.refreshToken)
        #expect(fake.scopes(ofAccessToken: seededAccess) == nil)
        #expect(fake.scopes(ofAccessToken: othersAccess) == ["openid"])
    }
}
