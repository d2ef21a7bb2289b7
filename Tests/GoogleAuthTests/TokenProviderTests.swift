import Foundation
import GoogleAuth
import GoogleSandbox
import HTTP
import Logging
import Testing

/// The token provider against the fake token endpoint over real HTTP.
@Suite struct TokenProviderTests {
    let http = HTTPClient()
    let fake: FakeGoogle
    let refreshToken: String
    static let clientID = "unit.apps.googleusercontent.com"
    static let secret = "unit-secret"

    init() throws {
        fake = try FakeGoogle(seedSandboxAccount: false)
        fake.registerClient(id: Self.clientID, secret: Self.secret)
        refreshToken = fake.issueRefreshToken(
            clientID: Self.clientID, scopes: ["https://www.googleapis.com/auth/gmail.readonly"])
    }

    func provider(credentials: PartialCredentials? = nil) -> TokenProvider {
        TokenProvider(
            credentials: credentials
                ?? PartialCredentials(clientID: Self.clientID, clientSecret: Self.secret, refreshToken: refreshToken),
            endpoint: TokenEndpoint(
                url: fake.tokenURL, http: http,
                retry: RetryPolicy(initialBackoff: .milliseconds(10), totalTime: .seconds(2))),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    @Test func cachesTheTokenWhileItIsFresh() async throws {
        let tokens = provider()
        let first = try await tokens.accessToken()
        let second = try await tokens.accessToken()
        #expect(first == second)
        #expect(fake.grantsIssued == 1)
        #expect(fake.issuedAccessTokens == [first])
    }

    @Test func refreshesOnceLessThanAMinuteOfLifeIsLeft() async throws {
        // 61 s of life: fresh for one second, then inside the 60 s margin.
        fake.setAccessTokenLifetime(seconds: 61)
        let tokens = provider()
        let first = try await tokens.accessToken()
        #expect(try await tokens.accessToken() == first)
        try await Task.sleep(for: .milliseconds(1200))
        let second = try await tokens.accessToken()
        #expect(second != first)
        #expect(fake.grantsIssued == 2)
    }

    @Test func concurrentCallersShareOneRefresh() async throws {
        fake.setLatency(.milliseconds(300))
        let tokens = provider()
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<25 { group.addTask { try await tokens.accessToken() } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
        #expect(fake.grantsIssued == 1)
    }

    @Test func aCancelledCallerLeavesAtOnceAndTheAbandonedGrantStops() async throws {
        fake.setLatency(.seconds(5))
        let tokens = provider()
        let waiting = Task { try await tokens.refresh() }
        try await Task.sleep(for: .milliseconds(300))
        let cancelledAt = ContinuousClock.now
        waiting.cancel()
        let result = await waiting.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(ContinuousClock.now - cancelledAt < .seconds(2))  // not the fake's 5 s
        #expect(fake.requests("POST /token") == 1)
        // The abandoned grant is not reused: the next caller starts one of its own.
        fake.setLatency(.zero)
        let token = try await tokens.accessToken()
        #expect(fake.requests("POST /token") == 2)
        #expect(fake.issuedAccessTokens.last == token)
    }

    @Test func oneCancelledCallerDoesNotDisturbTheOthers() async throws {
        fake.setLatency(.milliseconds(800))
        let tokens = provider()
        let leaving = Task { try await tokens.refresh() }
        let staying = Task { try await tokens.refresh() }
        try await Task.sleep(for: .milliseconds(200))
        leaving.cancel()
        let outcome = await leaving.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(try await staying.value.accessToken.isEmpty == false)
        #expect(fake.grantsIssued == 1)
    }

    @Test func aForcedRefreshReplacesTheCachedToken() async throws {
        let tokens = provider()
        let first = try await tokens.accessToken()
        let grant = try await tokens.refresh()
        #expect(grant.accessToken != first)
        #expect(try await tokens.accessToken() == grant.accessToken)
        #expect(grant.scopes == ["https://www.googleapis.com/auth/gmail.readonly"])
        #expect(grant.tokenType == "Bearer")
    }

    @Test func invalidatingTheTokenMakesTheNextCallRefresh() async throws {
        let tokens = provider()
        let first = try await tokens.accessToken()
        await tokens.invalidate(first)
        #expect(try await tokens.accessToken() != first)
        #expect(fake.grantsIssued == 2)
    }

    @Test func missingCredentialsFailWithoutCallingGoogle() async throws {
        let tokens = provider(credentials: PartialCredentials(clientID: Self.clientID))
        let error = await #expect(throws: GoogleError.self) { try await tokens.accessToken() }
        #expect(error?.code == .authMissing)
        #expect(error?.message.contains("the client secret, the refresh token are not set") == true)
        #expect(fake.requests("POST /token") == 0)
    }

    @Test func errorsMapToContractCodes() async throws {
        fake.revoke(refreshToken: refreshToken)
        let revoked = await #expect(throws: GoogleError.self) { try await provider().accessToken() }
        #expect(revoked?.code == .authRevoked)

        let wrongSecret = PartialCredentials(clientID: Self.clientID, clientSecret: "nope", refreshToken: refreshToken)
        let invalid = await #expect(throws: GoogleError.self) {
            try await provider(credentials: wrongSecret).accessToken()
        }
        #expect(invalid?.code == .authInvalidClient)

        fake.blockByAdminPolicy(clientID: Self.clientID)
        let fresh = fake.issueRefreshToken(clientID: Self.clientID, scopes: [])
        let blocked = await #expect(throws: GoogleError.self) {
            try await provider(
                credentials: PartialCredentials(clientID: Self.clientID, clientSecret: Self.secret, refreshToken: fresh)
            ).accessToken()
        }
        #expect(blocked?.code == .adminPolicyEnforced)
    }

    @Test func persistentServerErrorsBecomeUpstreamErrorsWithTheStatus() async throws {
        fake.failNext(50, status: 502)
        let error = await #expect(throws: GoogleError.self) { try await provider().accessToken() }
        #expect(error?.code == .upstreamError)
        #expect(error?.message.contains("502") == true)
    }

    @Test func persistentRateLimitingIsRateLimited() async throws {
        fake.failNext(50, status: 429)
        let error = await #expect(throws: GoogleError.self) { try await provider().accessToken() }
        #expect(error?.code == .rateLimited)
    }

    @Test func descriptionsNeverShowSecrets() async throws {
        let credentials = try PartialCredentials(
            clientID: Self.clientID, clientSecret: Self.secret, refreshToken: refreshToken
        ).complete()
        for text in [
            credentials.description, credentials.debugDescription, "\(credentials)", String(reflecting: credentials),
        ] {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains(refreshToken))
        }
        let grant = try await provider().refresh()
        #expect(!grant.description.contains(grant.accessToken))
        #expect(SecretFingerprint.of(grant.accessToken).hasPrefix("fp:"))
        #expect(SecretFingerprint.of("a") != SecretFingerprint.of("b"))
    }
}
