import Foundation
import GoogleSandbox
import MCP
import Testing

/// A fake Google on loopback and the environment that points a server process at it.
struct Fixture {
    static let clientID = "e2e-client.apps.googleusercontent.com"
    static let clientSecret = "e2e-client-secret-DO-NOT-LEAK"

    let fake: FakeGoogle
    let refreshToken: String

    /// - Parameter seeded: with the sandbox's seeded mailbox (otherwise an empty one).
    init(scopes: [String] = SandboxSeed.allScopes, seeded: Bool = false) throws {
        fake = try FakeGoogle(seedSandboxAccount: seeded)
        fake.registerClient(id: Self.clientID, secret: Self.clientSecret)
        refreshToken = fake.issueRefreshToken(clientID: Self.clientID, scopes: scopes)
    }

    /// Credentials and every endpoint variable aimed at the fake.
    var environment: [String: String] {
        [
            "CLIENT_ID": Self.clientID,
            "CLIENT_SECRET": Self.clientSecret,
            "REFRESH_TOKEN": refreshToken,
            "GOOGLE_TOKEN_URL": fake.tokenURL,
            "GMAIL_API_URL": fake.baseURL,
            "PEOPLE_API_URL": fake.baseURL,
            "GMAIL_MCP_LOG_LEVEL": "debug",
        ]
    }

    /// The endpoints without credentials.
    var environmentWithoutCredentials: [String: String] {
        environment.filter { !["CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"].contains($0.key) }
    }

    func start(environment: [String: String]? = nil, arguments: [String] = []) throws -> ServerProcess {
        try ServerProcess(
            arguments: arguments, environment: environment ?? self.environment,
            secrets: [Self.clientSecret, refreshToken])
    }

    /// A server process that has answered `initialize` (version 2025-06-18): where almost every
    /// end-to-end test starts. `extra` adds to (or overrides) the fixture's environment.
    func startInitialized(
        environment extra: [String: String] = [:], arguments: [String] = []
    ) async throws -> ServerProcess {
        let server = try start(environment: environment.merging(extra) { _, new in new }, arguments: arguments)
        try await server.initialize()
        return server
    }

    /// `startInitialized`, plus the tools as `tools/list` gave them (for schema checks).
    func session(environment extra: [String: String] = [:]) async throws -> (ServerProcess, [String: Value]) {
        let server = try await startInitialized(environment: extra)
        return (server, try await server.toolSchemas())
    }

    /// Ends the session (EOF) and checks its transcript against every secret known by now,
    /// the access tokens the fake issued during the session included.
    @discardableResult
    func finish(_ server: ServerProcess, allowOnStdout allowed: [String] = []) async -> Int32? {
        await server.finish(extraSecrets: fake.issuedAccessTokens, allowOnStdout: allowed)
    }
}
