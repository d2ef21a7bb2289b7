import Foundation
import LoopbackHTTPServer

/// The checks every Gmail route makes before it looks at the mailbox, in Google's order:
/// credentials (401), scope (403), then whose mailbox (403).
enum GmailAuthorization {
    /// What the caller may do, once admitted.
    struct Grant {
        let scopes: [String]

        /// A token holding `gmail.metadata` is held to its limits even next to broader scopes:
        /// Gmail rejects `q` then (reference section 5, Google issue 115621456), and reports
        /// say the same of full and raw formats.
        var isMetadataRestricted: Bool { scopes.contains(GmailMethod.metadata) }
    }

    static func admit(
        _ request: HTTPServerRequest, method: GmailMethod, userId: String, oauth: OAuthState,
        accountAddress: String, now: ContinuousClock.Instant
    ) throws(GmailFailure) -> Grant {
        guard let credential = BearerCredential(of: request) else { throw .missingCredentials(method: method) }
        guard let token = credential.token, let scopes = oauth.scopes(ofAccessToken: token, now: now) else {
            throw .invalidCredentials
        }
        guard scopes.contains(where: method.acceptedScopes.contains) else {
            throw .insufficientScopes(method: method)
        }
        guard userId == "me" || userId.lowercased() == accountAddress.lowercased() else {
            throw .delegationDenied(accountAddress: accountAddress)
        }
        return Grant(scopes: scopes)
    }
}
