/// One way the token endpoint refuses a grant, with Google's status, code and wording
/// (reference section 1.4; texts marked there as observed are kept verbatim).
struct OAuthFailure: Error, Equatable {
    let status: Int
    let code: String
    let description: String

    static func missingParameter(_ name: String) -> OAuthFailure {
        OAuthFailure(
            status: 400, code: "invalid_request", description: "Missing required parameter: \(name)")
    }

    /// RFC 6749 makes a repeated parameter `invalid_request`; Google's wording is not on
    /// record, so this text is ours.
    static func duplicatedParameter(_ name: String) -> OAuthFailure {
        OAuthFailure(status: 400, code: "invalid_request", description: "Duplicate parameter: \(name)")
    }

    static func unsupportedGrantType(_ grantType: String) -> OAuthFailure {
        OAuthFailure(
            status: 400, code: "unsupported_grant_type", description: "Invalid grant_type: \(grantType)")
    }

    static let missingClientID = OAuthFailure(
        status: 400, code: "invalid_request", description: "Could not determine client ID from request."
    )

    static let unknownClient = OAuthFailure(
        status: 401, code: "invalid_client", description: "The OAuth client was not found.")

    static let missingClientSecret = OAuthFailure(
        status: 400, code: "invalid_request", description: "client_secret is missing.")

    static let wrongClientSecret = OAuthFailure(
        status: 401, code: "invalid_client", description: "Unauthorized")

    static let deadRefreshToken = OAuthFailure(
        status: 400, code: "invalid_grant", description: "Token has been expired or revoked.")

    static let refreshTokenOfAnotherClient = OAuthFailure(
        status: 401, code: "unauthorized_client", description: "Unauthorized")

    static let blockedByAdminPolicy = OAuthFailure(
        status: 400, code: "admin_policy_enforced",
        description:
            "Access to this app is restricted by a policy of your organization's administrator. Contact your administrator for more information."
    )
}
