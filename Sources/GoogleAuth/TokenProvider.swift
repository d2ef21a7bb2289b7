import Foundation
import Logging

/// Hands out access tokens for one set of credentials: cached until a minute before expiry, and
/// refreshed once for any number of concurrent callers (single flight).
public actor TokenProvider {
    private let credentials: PartialCredentials
    private let endpoint: TokenEndpoint
    private let logger: Logger
    private var cached: TokenGrant?
    private var inFlight: Task<TokenGrant, any Error>?

    public init(credentials: PartialCredentials, endpoint: TokenEndpoint, logger: Logger) {
        self.credentials = credentials
        self.endpoint = endpoint
        self.logger = logger
    }

    /// A token with at least a minute of life left, refreshing when needed.
    public func accessToken() async throws -> String {
        if let cached, cached.isFresh() {
            return cached.accessToken
        }
        return try await refresh().accessToken
    }

    /// A new grant. Callers arriving while a grant is under way share it instead of starting
    /// another, so a burst of calls at start-up costs Google one request.
    public func refresh() async throws -> TokenGrant {
        if let inFlight {
            return try await inFlight.value
        }
        let complete = try credentials.complete()
        let endpoint = self.endpoint
        let task = Task { try await endpoint.refresh(complete) }
        inFlight = task
        defer { inFlight = nil }
        do {
            let grant = try await task.value
            cached = grant
            logger.debug(
                "access token granted",
                metadata: [
                    "token": "\(SecretFingerprint.of(grant.accessToken))", "expires_in": "\(grant.expiresIn)",
                    "client": "\(SecretFingerprint.of(complete.clientID))",
                ])
            return grant
        } catch {
            logger.warning("token refresh failed", metadata: ["error": "\(error)"])
            throw error
        }
    }

    /// Forgets `token` after Google answered 401 to it, so the next call refreshes.
    public func invalidate(_ token: String) {
        if cached?.accessToken == token {
            cached = nil
        }
    }
}
