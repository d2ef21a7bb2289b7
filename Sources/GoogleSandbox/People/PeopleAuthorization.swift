import LoopbackHTTPServer

/// The checks every People route makes before it looks at the contacts, in Google's order:
/// credentials (401), then scope (403).
enum PeopleAuthorization {
    /// The scopes of the admitted token.
    static func admit(
        _ request: HTTPServerRequest, method: PeopleMethod, oauth: OAuthState, now: ContinuousClock.Instant
    ) throws(PeopleFailure) -> [String] {
        guard let credential = BearerCredential(of: request) else { throw .missingCredentials(method: method) }
        guard let token = credential.token, let scopes = oauth.scopes(ofAccessToken: token, now: now) else {
            throw .invalidCredentials
        }
        guard scopes.contains(where: method.acceptedScopes.contains) else {
            throw .insufficientScopes(method: method)
        }
        return scopes
    }
}
