import Foundation
import GoogleSandbox
import Testing

/// `gmail_refresh_token` end to end: the binary, libcurl, and the fake token endpoint over HTTP.
@Suite struct RefreshTokenToolTests {
    @Test func environmentModeReportsTheGrantWithoutTheToken() async throws {
        let fixture = try Fixture()
        fixture.fake.setAccessTokenLifetime(seconds: 3599)
        let server = try await fixture.startInitialized()
        let tools = try await server.toolSchemas()
        let before = Date()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(!result.isError, "\(result.text)")
        #expect(result.schemaViolations(tools["gmail_refresh_token"]) == [])
        let structured = try #require(result.structured)
        #expect(structured["status"] as? String == "success")
        #expect(structured["expires_in"] as? Int == 3599)
        #expect(structured["token_type"] as? String == "Bearer")
        #expect(structured["scope"] as? String == SandboxSeed.allScopes.joined(separator: " "))
        #expect(structured["access_token"] == nil)
        let expiresAt = try #require(structured["expires_at"] as? String)
        let parsed = try #require(ISO8601DateFormatter().date(from: expiresAt))
        #expect(abs(parsed.timeIntervalSince(before) - 3599) < 10)
        #expect(expiresAt.hasSuffix("Z"))
        // The text item carries the same JSON as structuredContent.
        #expect(NSDictionary(dictionary: result.textAsJSON ?? [:]).isEqual(to: structured))
        #expect(fixture.fake.grantsIssued == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func eachCallPerformsANewGrant() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        for id in 2...4 {
            #expect(!(try await server.callTool(id: id, name: "gmail_refresh_token")).isError)
        }
        #expect(fixture.fake.grantsIssued == 3)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func headlessModeReturnsTheAccessTokenAndCachesNothing() async throws {
        let fixture = try Fixture()
        let headlessToken = fixture.fake.issueRefreshToken(
            clientID: Fixture.clientID, scopes: ["https://www.googleapis.com/auth/gmail.readonly"])
        // No refresh token in the environment: the call brings its own, the client comes from the environment.
        var environment = fixture.environment
        environment.removeValue(forKey: "REFRESH_TOKEN")
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        let result = try await server.callTool(
            id: 2, name: "gmail_refresh_token", arguments: ["google_refresh_token": headlessToken])
        #expect(!result.isError, "\(result.text)")
        let structured = try #require(result.structured)
        let token = try #require(structured["access_token"] as? String)
        #expect(fixture.fake.issuedAccessTokens == [token])
        #expect(structured["scope"] as? String == "https://www.googleapis.com/auth/gmail.readonly")
        // Nothing was cached for environment-mode calls: those still lack a refresh token.
        let envCall = try await server.callTool(id: 3, name: "gmail_refresh_token")
        #expect(envCall.isError)
        #expect(envCall.text.hasPrefix("auth_missing: "))
        #expect(await fixture.finish(server, allowOnStdout: [token]) == 0)
        #expect(!server.stderr.contains(token))
        #expect(!server.stderr.contains(headlessToken))
    }

    @Test func headlessModeTakesAllThreeCredentialsAsArguments() async throws {
        let fixture = try Fixture()
        let server = try fixture.start(environment: fixture.environmentWithoutCredentials)
        try await server.initialize()
        let result = try await server.callTool(
            id: 2, name: "gmail_refresh_token",
            arguments: [
                "google_client_id": Fixture.clientID, "google_client_secret": Fixture.clientSecret,
                "google_refresh_token": fixture.refreshToken, "google_access_token": "ya29.ignored",
            ])
        #expect(!result.isError, "\(result.text)")
        let token = try #require(result.structured?["access_token"] as? String)
        #expect(await fixture.finish(server, allowOnStdout: [token]) == 0)
    }

    @Test func noCredentialsIsAuthMissingNamingWhatIsMissing() async throws {
        let fixture = try Fixture()
        let server = try fixture.start(environment: fixture.environmentWithoutCredentials)
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.isError)
        #expect(result.text.hasPrefix("auth_missing: "))
        #expect(result.text.contains("CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN"))
        #expect(fixture.fake.requests("POST /token") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func theGoogleAliasesAreUsedWhenThePlainNamesAreUnset() async throws {
        let fixture = try Fixture()
        var environment = fixture.environmentWithoutCredentials
        environment["GOOGLE_CLIENT_ID"] = Fixture.clientID
        environment["GOOGLE_CLIENT_SECRET"] = Fixture.clientSecret
        environment["GOOGLE_REFRESH_TOKEN"] = fixture.refreshToken
        environment["CLIENT_ID"] = ""
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        #expect(!(try await server.callTool(id: 2, name: "gmail_refresh_token")).isError)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aRevokedTokenIsAuthRevokedWithAReauthorizeHint() async throws {
        let fixture = try Fixture()
        fixture.fake.revoke(refreshToken: fixture.refreshToken)
        let server = try await fixture.startInitialized()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.isError)
        #expect(result.text.hasPrefix("auth_revoked: "))
        #expect(result.text.contains("Authorize again"))
        #expect(result.text.contains("Token has been expired or revoked."))
        // invalid_grant needs a person; retrying cannot help.
        #expect(fixture.fake.requests("POST /token") == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aWrongClientSecretIsAuthInvalidClient() async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment["CLIENT_SECRET"] = "wrong-secret-value"
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.isError)
        #expect(result.text.hasPrefix("auth_invalid_client: "))
        #expect(!result.text.contains("wrong-secret-value"))
        #expect(await fixture.finish(server) == 0)
        #expect(!server.stderr.contains("wrong-secret-value"))
    }

    @Test func anUnknownClientIsAuthInvalidClient() async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        environment["CLIENT_ID"] = "nobody.apps.googleusercontent.com"
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.text.hasPrefix("auth_invalid_client: "))
        #expect(result.text.contains("The OAuth client was not found."))
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aTokenOfAnotherClientIsAuthInvalidClient() async throws {
        let fixture = try Fixture()
        fixture.fake.registerClient(id: "other.apps.googleusercontent.com", secret: "other-secret")
        let foreign = fixture.fake.issueRefreshToken(clientID: "other.apps.googleusercontent.com", scopes: [])
        var environment = fixture.environment
        environment["REFRESH_TOKEN"] = foreign
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.text.hasPrefix("auth_invalid_client: "))
        #expect(result.text.contains("different OAuth client"))
        #expect(await fixture.finish(server) == 0)
        #expect(!server.stderr.contains(foreign))
    }

    @Test func anAdminBlockIsAdminPolicyEnforced() async throws {
        let fixture = try Fixture()
        fixture.fake.blockByAdminPolicy(clientID: Fixture.clientID)
        let server = try await fixture.startInitialized()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.text.hasPrefix("admin_policy_enforced: "))
        #expect(await fixture.finish(server) == 0)
    }

    @Test func transientFailuresAreRetried() async throws {
        let fixture = try Fixture()
        fixture.fake.failNext(2, status: 503)
        let server = try await fixture.startInitialized()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(!result.isError, "\(result.text)")
        #expect(fixture.fake.requests("POST /token") == 3)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func twentyConcurrentCallsAtStartCauseOneGrant() async throws {
        let fixture = try Fixture()
        // Latency keeps the first grant in flight while the other nineteen calls arrive.
        fixture.fake.setLatency(.milliseconds(500))
        let server = try await fixture.startInitialized()
        for id in 100..<120 {
            server.startToolCall(id: id)
        }
        for id in 100..<120 {
            let answer = try await server.response(id: id)
            #expect((answer["result"] as? [String: Any])?["isError"] as? Bool == false)
        }
        #expect(fixture.fake.grantsIssued == 1)
        #expect(fixture.fake.requests("POST /token") == 1)
        #expect(await fixture.finish(server) == 0)
    }

    /// `value` is JSON text for the wrongly typed argument.
    @Test(arguments: [("google_refresh_token", "42"), ("google_client_id", "true"), ("google_access_token", "[1]")])
    func wrongArgumentTypesAreInvalidArgument(name: String, valueJSON: String) async throws {
        let value = try JSONSerialization.jsonObject(with: Data(valueJSON.utf8), options: [.fragmentsAllowed])
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token", arguments: [name: value])
        #expect(result.isError)
        #expect(result.text.hasPrefix("invalid_argument: "))
        #expect(result.text.contains(name))
        #expect(fixture.fake.requests("POST /token") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anUnknownArgumentIsInvalidArgumentNamingIt() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token", arguments: ["refresh_tokn": "x"])
        #expect(result.text.hasPrefix("invalid_argument: "))
        #expect(result.text.contains("'refresh_tokn'"))
        #expect(fixture.fake.requests("POST /token") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anUnreachableTokenEndpointIsANetworkError() async throws {
        let fixture = try Fixture()
        var environment = fixture.environment
        fixture.fake.stop()
        environment["GOOGLE_TOKEN_URL"] = fixture.fake.tokenURL
        let server = try fixture.start(environment: environment)
        try await server.initialize()
        let result = try await server.callTool(id: 2, name: "gmail_refresh_token")
        #expect(result.text.hasPrefix("network_error: "), "\(result.text)")
        #expect(await fixture.finish(server) == 0)
    }
}
