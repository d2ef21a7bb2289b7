import Foundation
import HTTP

/// Reads the token endpoint's answers and turns its failures into sentences a person can act on.
enum TokenEndpointErrors {
    private struct SuccessBody: Decodable {
        let access_token: String
        let expires_in: Int
        let scope: String?
        let token_type: String?
    }

    private struct ErrorBody: Decodable {
        let error: String
        let error_description: String?
        let error_subtype: String?
    }

    static func parseGrant(_ body: Data, now: Date = Date()) throws -> TokenGrant {
        guard let parsed = try? JSONDecoder().decode(SuccessBody.self, from: body), !parsed.access_token.isEmpty else {
            throw GoogleError(
                .upstreamError,
                "the token endpoint answered HTTP 200 without a readable access token (\(body.count) bytes); "
                    + "check GOOGLE_TOKEN_URL points at Google's token endpoint")
        }
        return TokenGrant(
            accessToken: parsed.access_token, expiresIn: parsed.expires_in,
            scopes: (parsed.scope ?? "").split(separator: " ").map(String.init),
            tokenType: parsed.token_type ?? "Bearer", obtainedAt: now)
    }

    static func map(status: Int, body: Data, guidance: CredentialGuidance) -> GoogleError {
        guard let parsed = try? JSONDecoder().decode(ErrorBody.self, from: body) else {
            if status == 429 {
                return GoogleError(
                    .rateLimited, "the token endpoint is rate limiting (HTTP 429); try again in a minute")
            }
            return GoogleError(
                .upstreamError, "the token endpoint answered HTTP \(status) with a body that is not OAuth error JSON")
        }
        let google = "Google: \(parsed.error)" + (parsed.error_description.map { ", \"\(clip($0))\"" } ?? "")
        switch parsed.error {
        case "invalid_grant" where parsed.error_subtype == "invalid_rapt":
            return GoogleError(
                .authRevoked,
                "your Google Workspace requires you to sign in again (\(google)). "
                    + "\(guidance.reauthorize).")
        case "invalid_grant":
            return GoogleError(
                .authRevoked,
                "the refresh token no longer works (\(google)). It was revoked, the account's password changed, "
                    + "it expired (apps in OAuth 'Testing' status get 7-day tokens; tokens unused for 6 months die), "
                    + "or the account has too many tokens for this client. \(guidance.reauthorize).")
        case "unauthorized_client":
            return GoogleError(
                .authInvalidClient,
                "the refresh token was issued to a different OAuth client (\(google)). Use the "
                    + "\(guidance.clientIDName) and \(guidance.clientSecretName) that obtained it, or "
                    + "authorize again with this client.")
        case "invalid_client":
            return GoogleError(
                .authInvalidClient,
                "Google does not accept the OAuth client (\(google)). Check \(guidance.clientIDName) and "
                    + "\(guidance.clientSecretName): they must be the pair from the Google Cloud console, and the client must not be deleted."
            )
        case "admin_policy_enforced":
            return GoogleError(
                .adminPolicyEnforced,
                "a Google Workspace administrator has blocked this app or the scopes it needs (\(google)). Ask the "
                    + "admin to trust the app (Admin console > Security > API controls), or use another account.")
        case "policy_enforced":
            return GoogleError(
                .adminPolicyEnforced,
                "the account's security policy (for example Advanced Protection) blocks this app (\(google)).")
        default:
            if status == 429 {
                return GoogleError(.rateLimited, "the token endpoint is rate limiting (HTTP 429, \(google))")
            }
            return GoogleError(.upstreamError, "the token endpoint answered HTTP \(status) (\(google))")
        }
    }

    static func map(_ error: HTTPError, url: String) -> GoogleError {
        let host = URLComponents(string: url)?.host ?? "the token endpoint"
        switch error.kind {
        case .timeout:
            return GoogleError(.timeout, "the token endpoint (\(host)) did not answer in time: \(error.message)")
        default:
            return GoogleError(.networkError, "could not reach the token endpoint (\(host)): \(error.message)")
        }
    }

    /// Google's texts are short; a long one is not Google's and is cut so it cannot flood a reply.
    static func clip(_ text: String) -> String {
        text.count <= 300 ? text : String(text.prefix(300)) + "…"
    }
}
