import LoopbackHTTPServer

/// A fake of Google's OAuth token endpoint, Gmail API and People API on a loopback port, spoken
/// to over real HTTP by tests and by `gmail-mcp sandbox`. It never logs: it handles secrets, and
/// stdout belongs to the MCP protocol.
///
/// Faithfulness is the point of this module: every route answers as Google does, with Google's
/// status codes, error bodies and quirks. "reference section N" in its comments names a section
/// of the team's notes of Google's wire behaviour (kept outside this repository); each such fact
/// is also in Google's public reference for the method named beside it
/// (developers.google.com/gmail/api/reference/rest, developers.google.com/people/api/rest,
/// developers.google.com/identity/protocols/oauth2).
public final class FakeGoogle: Sendable {
    let core: SandboxCore
    private let server: LoopbackHTTPServer

    /// Starts the server; when seeding, the `SandboxSeed` client and refresh token (with every
    /// scope in `SandboxSeed.allScopes`) are registered and the mailbox is filled with
    /// `SandboxSeed.seededMessages`, dated back from now.
    public init(seedSandboxAccount: Bool = true) throws {
        let core = SandboxCore()
        self.core = core
        server = try LoopbackHTTPServer { request in core.handle(request) }
        if seedSandboxAccount {
            registerClient(id: SandboxSeed.clientID, secret: SandboxSeed.clientSecret)
            core.state.withLock {
                $0.oauth.addRefreshToken(
                    SandboxSeed.refreshToken, clientID: SandboxSeed.clientID, scopes: SandboxSeed.allScopes)
                SeededMailbox.deliver(into: &$0.mailbox, now: .now)
                SeededDrafts.register(into: &$0.drafts)
                SeededContacts.add(into: &$0.people)
            }
        }
    }

    /// The loopback port, for tests that speak raw HTTP to the fake.
    public var port: Int { server.port }

    /// The server root, `http://127.0.0.1:<port>`; every route hangs off it.
    public var baseURL: String { server.baseURL }

    public var tokenURL: String { server.baseURL + TokenEndpoint.path }

    public func stop() {
        server.stop()
    }

    // MARK: Accounts

    /// Registers a client, or replaces the secret of a known one.
    public func registerClient(id: String, secret: String) {
        core.state.withLock { $0.oauth.clients[id] = secret }
    }

    /// A new refresh token for the client, shaped like Google's (`1//0g…`).
    @discardableResult
    public func issueRefreshToken(clientID: String, scopes: [String]) -> String {
        let token = RandomToken.refreshToken()
        core.state.withLock { $0.oauth.addRefreshToken(token, clientID: clientID, scopes: scopes) }
        return token
    }

    /// `expires_in` of later grants, and how long their tokens stay valid for the API routes.
    public func setAccessTokenLifetime(seconds: Int) {
        core.state.withLock { $0.oauth.accessTokenLifetimeSeconds = seconds }
    }

    // MARK: Faults

    /// Later grants with this token get `invalid_grant`; the access tokens minted from it stop
    /// working as well, as when a user removes the app's access.
    public func revoke(refreshToken: String) {
        core.state.withLock { $0.oauth.revoke(refreshToken: refreshToken) }
    }

    /// Later grants for this client get `admin_policy_enforced`.
    public func blockByAdminPolicy(clientID: String) {
        core.state.withLock { _ = $0.oauth.adminBlockedClients.insert(clientID) }
    }

    /// Invalidates every access token issued so far; later grants still work.
    public func expireAccessTokens() {
        core.state.withLock { $0.oauth.invalidateAllAccessTokens() }
    }

    /// Added before every response, on every route.
    public func setLatency(_ latency: Duration) {
        core.state.withLock { $0.faults.latency = latency }
    }

    /// The next `count` requests, on any route, fail with `status`, a body in the route's
    /// error shape and, when given, a `Retry-After` header. Calls queue up in order.
    public func failNext(_ count: Int, status: Int, retryAfter: String? = nil) {
        core.state.withLock { $0.faults.failNext(count, status: status, retryAfter: retryAfter) }
    }

    // MARK: Counters

    /// Successful token grants.
    public var grantsIssued: Int { core.state.withLock { $0.oauth.grantsIssued } }

    /// Requests received for `"METHOD /path"` (e.g. `"POST /token"`), failed ones included.
    /// Gmail routes count under normalized keys: `"GET /gmail/v1/users/me/messages"`,
    /// `"GET /gmail/v1/users/me/messages/{id}"`,
    /// `"GET /gmail/v1/users/me/messages/{id}/attachments/{id}"`,
    /// `"GET /gmail/v1/users/me/labels"`, `"GET /gmail/v1/users/me/threads/{id}"`,
    /// `"POST /gmail/v1/users/me/messages/send"`, `"POST /upload/gmail/v1/users/me/messages/send"`
    /// and `"POST /batch/gmail/v1"`; a batch's inner requests count under their own keys as well.
    public func requests(_ route: String) -> Int {
        core.state.withLock { $0.requestCounts[route] ?? 0 }
    }

    public var acceptedConnections: Int { server.acceptedConnections }

    /// Every access token handed out, oldest first.
    public var issuedAccessTokens: [String] { core.state.withLock { $0.oauth.issuedAccessTokens } }

    /// The scopes of a live access token; nil when it is unknown, expired or invalidated.
    public func scopes(ofAccessToken token: String) -> [String]? {
        core.state.withLock { $0.oauth.scopes(ofAccessToken: token, now: .now) }
    }
}
