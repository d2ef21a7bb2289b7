import Foundation

/// When and how long to wait before sending a request again.
///
/// Google asks for truncated exponential backoff with jitter on 429 and 5xx, and honours
/// `Retry-After` when present; all of it within a bounded total time so a tool call never
/// hangs on a struggling upstream.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// No retry starts once this much time has passed since the first attempt.
    public var totalTime: Duration
    /// Whether a network error that may have struck after the request went out is retried;
    /// off for calls that must not run twice. Errors before anything was sent always are.
    public var retriesNetworkErrors: Bool
    /// Decides from a response whether it is worth another attempt.
    public var isRetryable: @Sendable (HTTPClient.Response) -> Bool

    public static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    public init(
        maxAttempts: Int = 5,
        initialBackoff: Duration = .seconds(1),
        maxBackoff: Duration = .seconds(32),
        totalTime: Duration = .seconds(60),
        retriesNetworkErrors: Bool = true,
        isRetryable: @escaping @Sendable (HTTPClient.Response) -> Bool = {
            RetryPolicy.retryableStatuses.contains($0.status)
        }
    ) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.totalTime = totalTime
        self.retriesNetworkErrors = retriesNetworkErrors
        self.isRetryable = isRetryable
    }

    /// The wait before attempt `attempt + 1`, or nil when the response is final.
    public func delayBeforeRetry(after response: HTTPClient.Response, attempt: Int) -> Duration? {
        guard attempt < maxAttempts, isRetryable(response) else { return nil }
        if let retryAfter = response.headers["Retry-After"], let wait = Self.delay(fromRetryAfter: retryAfter) {
            return wait
        }
        return backoff(attempt: attempt)
    }

    /// Exponential backoff with "equal jitter": half fixed, half random, so retries from many
    /// callers spread out but none waits less than half the nominal delay.
    public func backoff(attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 20)
        let nominal = min(initialBackoff * (1 << exponent), maxBackoff)
        return nominal / 2 + nominal / 2 * Double.random(in: 0...1)
    }

    /// `Retry-After` is either delta-seconds or an HTTP-date (RFC 9110 section 10.2.3).
    public static func delay(fromRetryAfter value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 {
            return .seconds(seconds)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
