import Foundation
import GoogleAuth
import HTTP

/// Sends authorized requests to one Google API: a bearer token from the provider, retries with
/// backoff for rate limits and server errors, and after a 401 one refresh and one more try
/// (an access token can die before its expiry, e.g. when the user signs out everywhere).
public struct GoogleAPICaller: Sendable {
    public let http: HTTPClient
    public let tokens: TokenProvider
    /// The API's name in messages, e.g. "Gmail".
    public let service: String
    let retry: RetryPolicy

    public init(http: HTTPClient, tokens: TokenProvider, service: String, retry: RetryPolicy? = nil) {
        self.http = http
        self.tokens = tokens
        self.service = service
        self.retry = retry ?? Self.defaultRetry
    }

    /// 429, 5xx and 403 rate-limit reasons: about five tries within half a minute.
    public static let defaultRetry = RetryPolicy(
        maxAttempts: 5, initialBackoff: .seconds(1), maxBackoff: .seconds(16), totalTime: .seconds(30),
        isRetryable: { RetryPolicy.retryableStatuses.contains($0.status) || GoogleAPIFailure.isRateLimit($0) })

    /// The final response (any status but a 401 that a refresh could fix), or a `GoogleError`
    /// for failures to get one.
    /// `retry` replaces the caller's policy for this request (a send must not repeat after a
    /// network error that may have struck once the message was out).
    public func send(_ request: HTTPClient.Request, retry: RetryPolicy? = nil) async throws -> HTTPClient.Response {
        let policy = retry ?? self.retry
        var token = try await tokens.accessToken()
        var response = try await attempt(request, token: token, policy: policy)
        if response.status == 401 {
            await tokens.invalidate(token)
            token = try await tokens.accessToken()
            response = try await attempt(request, token: token, policy: policy)
        }
        return response
    }

    /// Sends and decodes a 2xx JSON answer; anything else becomes the contract's error.
    public func json<Answer: Decodable>(
        _ type: Answer.Type, _ request: HTTPClient.Request, retry: RetryPolicy? = nil, subject: String,
        requiredScope: String
    ) async throws -> Answer {
        let response = try await send(request, retry: retry)
        guard (200..<300).contains(response.status) else {
            throw GoogleAPIFailure.map(response, service: service, subject: subject, requiredScope: requiredScope)
        }
        return try decode(type, from: response.body)
    }

    func decode<Answer: Decodable>(_ type: Answer.Type, from body: Data) throws -> Answer {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch {
            throw GoogleError(
                .upstreamError, "\(service) answered with JSON this server cannot read (\(body.count) bytes).")
        }
    }

    func authorized(_ request: HTTPClient.Request, token: String) -> HTTPClient.Request {
        var request = request
        request.headers.add("Authorization", "Bearer \(token)")
        return request
    }

    private func attempt(_ request: HTTPClient.Request, token: String, policy: RetryPolicy) async throws
        -> HTTPClient.Response
    {
        do {
            return try await http.send(authorized(request, token: token), retrying: policy)
        } catch let error as HTTPError {
            throw GoogleAPIFailure.map(error, service: service)
        }
    }
}
