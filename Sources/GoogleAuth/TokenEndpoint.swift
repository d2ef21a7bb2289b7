import Foundation
import HTTP

/// Google's OAuth token endpoint: the refresh-token grant and the mapping of its errors.
public struct TokenEndpoint: Sendable {
    public let url: String
    private let http: HTTPClient
    private let retry: RetryPolicy
    private let timeout: Duration
    /// Words the error sentences use for the credentials and for getting new ones.
    public let guidance: CredentialGuidance

    /// The token endpoint is retried only on network errors and 5xx (and 429): every other error
    /// needs a person to act, and repeating the request would not change the answer.
    public static let defaultRetry = RetryPolicy(maxAttempts: 4, totalTime: .seconds(20))

    public init(
        url: String, http: HTTPClient, guidance: CredentialGuidance = .plain, retry: RetryPolicy = defaultRetry,
        timeout: Duration = .seconds(15)
    ) {
        self.url = url
        self.guidance = guidance
        self.http = http
        self.retry = retry
        self.timeout = timeout
    }

    /// Exchanges the refresh token for a new access token (`grant_type=refresh_token`).
    public func refresh(_ credentials: OAuthCredentials) async throws -> TokenGrant {
        let body = Data(
            FormURLEncoding.encode([
                ("client_id", credentials.clientID),
                ("client_secret", credentials.clientSecret),
                ("refresh_token", credentials.refreshToken),
                ("grant_type", "refresh_token"),
            ]).utf8)
        let request = HTTPClient.Request(
            method: "POST", url: url,
            headers: ["Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"],
            body: body, timeout: timeout, maxResponseBytes: 1 << 20)
        let response: HTTPClient.Response
        do {
            response = try await http.send(request, retrying: retry)
        } catch let error as HTTPError {
            throw TokenEndpointErrors.map(error, url: url)
        }
        guard response.status == 200 else {
            throw TokenEndpointErrors.map(status: response.status, body: response.body, guidance: guidance)
        }
        return try TokenEndpointErrors.parseGrant(response.body)
    }
}
