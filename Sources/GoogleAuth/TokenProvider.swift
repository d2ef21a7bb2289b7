import Foundation
import Logging

/// The GoogleAuth module: OAuth only — credentials as values, the token endpoint and its error
/// mapping, the cached single-flight access token. It must not know the environment, the
/// product's commands or any Google API beyond OAuth (the server supplies `CredentialGuidance`).
///
/// Hands out access tokens for one set of credentials: cached until a minute before expiry, and
/// refreshed once for any number of concurrent callers (single flight).
///
/// Each caller waits on a continuation of its own rather than on the shared grant task, so a
/// cancelled caller (an MCP `notifications/cancelled`) leaves at once; when the last waiter
/// leaves, the grant itself is cancelled, which aborts its HTTP transfer.
public actor TokenProvider {
    private let credentials: PartialCredentials
    private let endpoint: TokenEndpoint
    private let logger: Logger
    private var cached: TokenGrant?

    private var grant: Task<Void, Never>?
    /// Tells a finished grant from a newer one started after it was abandoned.
    private var generation = 0
    private var waiters: [UUID: CheckedContinuation<TokenGrant, any Error>] = [:]

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
        let complete = try credentials.complete(guidance: endpoint.guidance)
        try Task.checkCancellation()
        let waiter = UUID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiters[waiter] = continuation
                startGrantIfNeeded(complete)
            }
        } onCancel: {
            Task { await self.abandon(waiter) }
        }
    }

    /// Forgets `token` after Google answered 401 to it, so the next call refreshes.
    public func invalidate(_ token: String) {
        if cached?.accessToken == token {
            cached = nil
        }
    }

    private func startGrantIfNeeded(_ credentials: OAuthCredentials) {
        guard grant == nil else { return }
        generation += 1
        let current = generation
        let endpoint = self.endpoint
        grant = Task {
            let result = await Result.capturing { try await endpoint.refresh(credentials) }
            self.finish(result, generation: current, client: credentials.clientID)
        }
    }

    private func finish(_ result: Result<TokenGrant, any Error>, generation finished: Int, client: String) {
        guard finished == generation else { return }  // abandoned; a newer grant owns the waiters
        grant = nil
        switch result {
        case .success(let granted):
            cached = granted
            logger.debug(
                "access token granted",
                metadata: [
                    "token": "\(SecretFingerprint.of(granted.accessToken))", "expires_in": "\(granted.expiresIn)",
                    "client": "\(SecretFingerprint.of(client))",
                ])
        case .failure(let error):
            logger.warning("token refresh failed", metadata: ["error": "\(error)"])
        }
        let resumed = waiters
        waiters = [:]
        for continuation in resumed.values {
            continuation.resume(with: result)
        }
    }

    private func abandon(_ waiter: UUID) {
        waiters.removeValue(forKey: waiter)?.resume(throwing: CancellationError())
        guard waiters.isEmpty, let abandoned = grant else { return }
        // Nobody waits for this grant any more: stop it, and let the next caller start afresh.
        abandoned.cancel()
        grant = nil
        generation += 1
    }
}

extension Result where Failure == any Error {
    fileprivate static func capturing(_ body: () async throws -> Success) async -> Result {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
