/// The fake's OAuth world: which clients exist, which refresh tokens they hold, and which
/// access tokens have been handed out. Plain data; `SandboxCore` keeps it behind its mutex.
struct OAuthState {
    struct RefreshGrant {
        let clientID: String
        let scopes: [String]
        var revoked = false
    }

    struct AccessGrant {
        let clientID: String
        let refreshToken: String
        let scopes: [String]
        let expiresAt: ContinuousClock.Instant
        var invalidated = false
    }

    /// Client id to secret.
    var clients: [String: String] = [:]
    var refreshTokens: [String: RefreshGrant] = [:]
    var accessTokens: [String: AccessGrant] = [:]
    /// In the order handed out, so tests can scan logs for every one of them.
    var issuedAccessTokens: [String] = []
    var adminBlockedClients: Set<String> = []
    /// `expires_in` of new grants; Google's is 3599 almost always.
    var accessTokenLifetimeSeconds = 3599
    var grantsIssued = 0

    mutating func addRefreshToken(_ token: String, clientID: String, scopes: [String]) {
        refreshTokens[token] = RefreshGrant(clientID: clientID, scopes: scopes)
    }

    /// A revoked refresh token takes the access tokens minted from it along, as when a user
    /// removes the app from their Google account.
    mutating func revoke(refreshToken: String) {
        refreshTokens[refreshToken]?.revoked = true
        for (token, grant) in accessTokens where grant.refreshToken == refreshToken {
            accessTokens[token]?.invalidated = true
        }
    }

    mutating func invalidateAllAccessTokens() {
        for token in accessTokens.keys {
            accessTokens[token]?.invalidated = true
        }
    }

    /// Mints a new access token for a refresh token that has already been checked.
    mutating func grantAccessToken(
        for refreshToken: String, grant: RefreshGrant, now: ContinuousClock.Instant
    ) -> (token: String, lifetimeSeconds: Int) {
        let token = RandomToken.accessToken()
        let lifetime = accessTokenLifetimeSeconds
        accessTokens[token] = AccessGrant(
            clientID: grant.clientID,
            refreshToken: refreshToken,
            scopes: grant.scopes,
            expiresAt: now + .seconds(lifetime)
        )
        issuedAccessTokens.append(token)
        grantsIssued += 1
        return (token, lifetime)
    }

    /// The scopes a live access token carries; nil for unknown, expired or invalidated ones.
    func scopes(ofAccessToken token: String, now: ContinuousClock.Instant) -> [String]? {
        guard let grant = accessTokens[token], !grant.invalidated, now < grant.expiresAt else {
            return nil
        }
        return grant.scopes
    }
}
