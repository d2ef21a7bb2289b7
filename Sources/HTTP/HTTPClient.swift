import Foundation

/// The HTTP module: outgoing HTTP over libcurl (one multi handle on its own thread, connection
/// and TLS reuse, deadlines, size caps, cancellation, retries). It owns the wire and nothing
/// above it: it knows no Google API, no OAuth and no MCP, and imports only the CCurl target.
///
/// An async HTTP client over libcurl.
///
/// One instance holds one connection pool; share it across the process. Cancelling the calling
/// task aborts the transfer at once. Redirects are not followed. libcurl's own handling of the
/// proxy variables (`https_proxy`, `no_proxy`, …) and the system CA bundle stays on.
public final class HTTPClient: Sendable {
    private let driver = CurlMultiDriver()
    private let caBundlePath: String?

    /// - Parameter caBundlePath: a PEM file of certificate authorities to trust instead of the
    ///   system's bundle (a TLS-inspecting proxy's CA, or a test server's); nil keeps the system's.
    public init(caBundlePath: String? = nil) {
        self.caBundlePath = caBundlePath
    }

    deinit {
        driver.shutdown()
    }

    /// Sends one request, once. An HTTP error status is a response, not a thrown error.
    public func send(_ request: Request) async throws -> Response {
        try Task.checkCancellation()
        let transfer = try CurlTransfer(request: request, share: driver.share, caBundlePath: caBundlePath)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if transfer.attach(continuation) {
                    driver.submit(transfer)
                } else {
                    continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            driver.cancel(transfer)
        }
    }

    /// Sends a request and retries it as `policy` says: on retryable statuses and network
    /// errors, with backoff, honouring `Retry-After`, within the policy's total time. Returns the
    /// last response (which may still be an error status) or throws the last error.
    public func send(_ request: Request, retrying policy: RetryPolicy) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 1
        while true {
            let delay: Duration
            do {
                let response = try await send(request)
                guard let wait = policy.delayBeforeRetry(after: response, attempt: attempt) else { return response }
                delay = wait
                guard clock.now - start + delay <= policy.totalTime else { return response }
            } catch let error as HTTPError
                where error.kind == .network && (policy.retriesNetworkErrors || error.nothingWasSent)
            {
                delay = policy.backoff(attempt: attempt)
                guard attempt < policy.maxAttempts, clock.now - start + delay <= policy.totalTime else { throw error }
            }
            try await Task.sleep(for: delay)
            attempt += 1
        }
    }

    /// Fails the transfers in flight and stops the connection pool's thread.
    public func shutdown() {
        driver.shutdown()
    }
}
