import Foundation
import HTTP
import LoopbackHTTPServer
import Synchronization
import Testing

@Suite struct RetryPolicyTests {
    let client = HTTPClient()

    /// A server that fails the first `failures` requests with `status` and then answers 200.
    func flakyServer(failures: Int, status: Int, retryAfter: String? = nil) throws -> LoopbackHTTPServer {
        let count = Mutex(0)
        return try LoopbackHTTPServer { _ in
            let seen = count.withLock { count -> Int in
                count += 1
                return count
            }
            guard seen > failures else {
                return HTTPServerResponse(
                    status: status, headers: retryAfter.map { [HeaderField(name: "Retry-After", value: $0)] } ?? [])
            }
            return .text(200, "finally")
        }
    }

    let quick = RetryPolicy(initialBackoff: .milliseconds(20), maxBackoff: .milliseconds(100), totalTime: .seconds(5))

    @Test(arguments: [429, 500, 502, 503, 504])
    func retriesRetryableStatusesUntilSuccess(status: Int) async throws {
        let server = try flakyServer(failures: 2, status: status)
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL), retrying: quick)
        #expect(response.status == 200)
        #expect(server.requestsServed == 3)
    }

    @Test(arguments: [400, 401, 403, 404])
    func doesNotRetryFinalStatuses(status: Int) async throws {
        let server = try flakyServer(failures: 1, status: status)
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL), retrying: quick)
        #expect(response.status == status)
        #expect(server.requestsServed == 1)
    }

    @Test func givesUpAfterMaxAttemptsWithTheLastResponse() async throws {
        let server = try flakyServer(failures: 100, status: 503)
        defer { server.stop() }
        var policy = quick
        policy.maxAttempts = 3
        let response = try await client.send(.init(url: server.baseURL), retrying: policy)
        #expect(response.status == 503)
        #expect(server.requestsServed == 3)
    }

    @Test func honoursRetryAfterSeconds() async throws {
        let server = try flakyServer(failures: 1, status: 429, retryAfter: "1")
        defer { server.stop() }
        let started = ContinuousClock.now
        let response = try await client.send(.init(url: server.baseURL), retrying: quick)
        #expect(response.status == 200)
        #expect(ContinuousClock.now - started >= .milliseconds(950))
    }

    @Test func aRetryAfterBeyondTheTotalTimeEndsRetrying() async throws {
        let server = try flakyServer(failures: 1, status: 503, retryAfter: "3600")
        defer { server.stop() }
        let started = ContinuousClock.now
        let response = try await client.send(.init(url: server.baseURL), retrying: quick)
        #expect(response.status == 503)
        // Far below the 3600 s asked for: the client gave up instead of waiting.
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(server.requestsServed == 1)
    }

    @Test func backoffGrowsAndStaysWithinItsCap() {
        let policy = RetryPolicy(initialBackoff: .seconds(1), maxBackoff: .seconds(8))
        for attempt in 1...8 {
            let nominal = min(Duration.seconds(1) * (1 << (attempt - 1)), .seconds(8))
            let delay = policy.backoff(attempt: attempt)
            #expect(delay >= nominal / 2)
            #expect(delay <= nominal)
        }
    }

    @Test func parsesBothRetryAfterForms() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryPolicy.delay(fromRetryAfter: "7", now: now) == .seconds(7))
        #expect(RetryPolicy.delay(fromRetryAfter: "Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
        #expect(RetryPolicy.delay(fromRetryAfter: "soon", now: now) == nil)
    }
}
