import LoopbackHTTPServer

/// `POST /token` with `grant_type=refresh_token`, checked in the order Google checks: grant
/// type, client, client secret, admin policy, refresh token.
enum TokenEndpoint {
    static let path = "/token"
    /// Parameters that must not appear twice; anything else in the form is ignored, as Google
    /// ignores unknown parameters.
    private static let singleValuedParameters = [
        "grant_type", "client_id", "client_secret", "refresh_token",
    ]

    static func handle(
        _ request: HTTPServerRequest, oauth: inout OAuthState, now: ContinuousClock.Instant
    ) -> HTTPServerResponse {
        guard request.method == "POST" else {
            return GoogleErrorResponses.oauth(
                status: 405, error: "invalid_request",
                description: "HTTP method \(request.method) is not allowed; use POST.",
                extraHeaders: [HeaderField(name: "Allow", value: "POST")])
        }
        do {
            let (token, lifetime, scopes) = try grant(form: request.formFields(), oauth: &oauth, now: now)
            let body = GoogleJSON.object([
                ("access_token", .string(token)),
                ("expires_in", .integer(lifetime)),
                ("scope", .string(scopes.joined(separator: " "))),
                ("token_type", .string("Bearer")),
            ])
            return TokenEndpointHeaders.response(status: 200, body: body)
        } catch {
            return GoogleErrorResponses.oauth(
                status: error.status, error: error.code, description: error.description)
        }
    }

    /// A refresh grant never returns a refresh token: Google does not rotate them.
    private static func grant(
        form: [HeaderField], oauth: inout OAuthState, now: ContinuousClock.Instant
    ) throws(OAuthFailure) -> (token: String, lifetime: Int, scopes: [String]) {
        for name in singleValuedParameters where form.filter({ $0.name == name }).count > 1 {
            throw .duplicatedParameter(name)
        }
        func parameter(_ name: String) -> String? {
            guard let value = form.first(where: { $0.name == name })?.value, !value.isEmpty else {
                return nil
            }
            return value
        }
        guard let grantType = parameter("grant_type") else { throw .missingParameter("grant_type") }
        guard grantType == "refresh_token" else { throw .unsupportedGrantType(grantType) }
        guard let clientID = parameter("client_id") else { throw .missingClientID }
        guard let registeredSecret = oauth.clients[clientID] else { throw .unknownClient }
        guard let clientSecret = parameter("client_secret") else { throw .missingClientSecret }
        guard clientSecret == registeredSecret else { throw .wrongClientSecret }
        guard !oauth.adminBlockedClients.contains(clientID) else { throw .blockedByAdminPolicy }
        guard let refreshToken = parameter("refresh_token") else {
            throw .missingParameter("refresh_token")
        }
        guard let refreshGrant = oauth.refreshTokens[refreshToken], !refreshGrant.revoked else {
            throw .deadRefreshToken
        }
        guard refreshGrant.clientID == clientID else { throw .refreshTokenOfAnotherClient }
        let (token, lifetime) = oauth.grantAccessToken(for: refreshToken, grant: refreshGrant, now: now)
        return (token, lifetime, refreshGrant.scopes)
    }
}
