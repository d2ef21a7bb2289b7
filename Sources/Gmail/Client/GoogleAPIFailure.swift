import Foundation
import GoogleAuth
import HTTP

/// Turns a Google API answer that is not a success into the contract's codes, with sentences a
/// person can act on. The caller says what it was after and which scope the call needs.
enum GoogleAPIFailure {
    /// Reasons Google gives for quota and rate limits (403 or 429); retried, then `rate_limited`.
    static let rateLimitReasons: Set<String> = ["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"]

    static func isRateLimit(_ response: HTTPClient.Response) -> Bool {
        if response.status == 429 { return true }
        guard response.status == 403, let error = GoogleAPIErrorBody.parse(response.body) else { return false }
        return !rateLimitReasons.isDisjoint(with: error.reasons)
    }

    static func map(_ response: HTTPClient.Response, service: String, subject: String, requiredScope: String)
        -> GoogleError
    {
        let error = GoogleAPIErrorBody.parse(response.body)
        let reasons = Set(error?.reasons ?? [])
        let googleSays = error?.message.map { "Google: \"\(clip($0))\"" } ?? "no readable error from Google"
        switch response.status {
        case 404:
            return GoogleError(.notFound, "\(subject) was not found (\(googleSays)).")
        case 400 where error?.message?.lowercased().contains("invalid id value") == true:
            return GoogleError(.notFound, "\(subject) does not exist: Gmail says the id is not valid.")
        case 401:
            return GoogleError(
                .authRevoked,
                "\(service) rejected a freshly refreshed access token (HTTP 401, \(googleSays)). The grant was "
                    + "probably revoked; authorize again with `gmail-mcp auth` and replace REFRESH_TOKEN.")
        case 403 where isScopeFailure(reasons: reasons, message: error?.message):
            return GoogleError(
                .insufficientScope,
                "the access token lacks the scope this needs: \(requiredScope). Authorize again granting it "
                    + "(`gmail-mcp auth`; at the consent screen leave that permission ticked) (\(googleSays)).")
        case 403 where reasons.contains("dailyLimitExceeded"):
            return GoogleError(.rateLimited, "\(service)'s daily limit is used up; try again tomorrow (\(googleSays)).")
        case 403 where !rateLimitReasons.isDisjoint(with: reasons), 429:
            return GoogleError(
                .rateLimited,
                "\(service) is rate limiting this account and still was after retrying; wait a minute and try "
                    + "again (HTTP \(response.status), \(googleSays)).")
        case 403 where reasons.contains("domainPolicy"):
            return GoogleError(
                .adminPolicyEnforced, "the Workspace domain does not allow \(service) for this app (\(googleSays)).")
        default:
            return GoogleError(.upstreamError, "\(service) answered HTTP \(response.status) (\(googleSays)).")
        }
    }

    static func map(_ error: HTTPError, service: String) -> GoogleError {
        switch error.kind {
        case .timeout:
            return GoogleError(
                .timeout, "\(service) did not answer in time: \(error.message)", requestMayHaveArrived: true)
        case .responseTooLarge:
            return GoogleError(.upstreamError, "\(service) sent a larger answer than this server accepts.")
        default:
            return GoogleError(
                .networkError, "could not reach \(service): \(error.message)",
                requestMayHaveArrived: !error.nothingWasSent)
        }
    }

    /// A 403 for a missing scope, including the `gmail.metadata`-only refusals of `q`,
    /// full and raw formats, and attachments.
    private static func isScopeFailure(reasons: Set<String>, message: String?) -> Bool {
        if reasons.contains("insufficientPermissions") || reasons.contains("ACCESS_TOKEN_SCOPE_INSUFFICIENT") {
            return true
        }
        let text = message?.lowercased() ?? ""
        return text.contains("insufficient authentication scopes") || text.contains("metadata scope")
    }

    static func clip(_ text: String) -> String {
        text.count <= 300 ? text : String(text.prefix(300)) + "…"
    }
}
