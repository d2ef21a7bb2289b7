import Foundation
import HTTP
import LoopbackHTTPServer
import Synchronization
import Testing

/// The libcurl client against a real HTTP server on 127.0.0.1.
@Suite struct HTTPClientTests {
    let client = HTTPClient()

    @Test func returnsStatusHeadersAndBodyOfAGet() async throws {
        let server = try LoopbackHTTPServer { request in
            HTTPServerResponse(
                status: 203, headers: [HeaderField(name: "X-Echo-Path", value: request.target)],
                body: Data("hello ✓".utf8))
        }
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL + "/a/b?c=d"))
        #expect(response.status == 203)
        #expect(response.headers["x-echo-path"] == "/a/b?c=d")
        #expect(String(decoding: response.body, as: UTF8.self) == "hello ✓")
        #expect(response.httpVersion == "HTTP/1.1")
    }

    @Test func sendsMethodHeadersAndBodyVerbatim() async throws {
        let seen = Mutex<HTTPServerRequest?>(nil)
        let server = try LoopbackHTTPServer { request in
            seen.withLock { $0 = request }
            return .text(200, "ok")
        }
        defer { server.stop() }
        let body = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        _ = try await client.send(
            .init(
                method: "PUT", url: server.baseURL + "/upload",
                headers: ["X-Custom": "v 1", "Content-Type": "application/octet-stream"], body: body))
        let request = try #require(seen.withLock { $0 })
        #expect(request.method == "PUT")
        #expect(request.header("X-Custom") == "v 1")
        #expect(request.header("Expect") == nil)
        #expect(request.body == body)
    }

    @Test func anErrorStatusIsAResponseNotAThrow() async throws {
        let server = try LoopbackHTTPServer { _ in .json(404, Data(#"{"error":{"code":404}}"#.utf8)) }
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL + "/missing"))
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
    }

    @Test func receivesALargeBodyIntact() async throws {
        let payload = Data((0..<(20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, body: payload) }
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL + "/big", maxResponseBytes: 32 << 20))
        #expect(response.body.count == payload.count)
        #expect(response.body == payload)
    }

    @Test func refusesABodyOverTheSizeCap() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, body: Data(count: 2 << 20)) }
        defer { server.stop() }
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: server.baseURL + "/big", maxResponseBytes: 1 << 20))
        }
        #expect(error?.kind == .responseTooLarge)
    }

    @Test func aSlowServerHitsTheDeadline() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, delay: .seconds(5)) }
        defer { server.stop() }
        let started = ContinuousClock.now
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: server.baseURL + "/slow", timeout: .milliseconds(300)))
        }
        let elapsed = ContinuousClock.now - started
        #expect(error?.kind == .timeout)
        #expect(elapsed >= .milliseconds(250))
        #expect(elapsed < .seconds(4))  // the server would answer after 5 s
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, delay: .seconds(10)) }
        defer { server.stop() }
        let client = self.client
        let url = server.baseURL + "/slow"
        let task = Task { try await client.send(.init(url: url, timeout: .seconds(30))) }
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - started < .seconds(5))  // the server would answer after 10 s
        #expect(throws: CancellationError.self) { try result.get() }
    }

    @Test func anAlreadyCancelledTaskSendsNothing() async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "ok") }
        defer { server.stop() }
        let client = self.client
        let url = server.baseURL
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.send(.init(url: url))
        }
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(server.requestsServed == 0)
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "ok") }
        defer { server.stop() }
        for _ in 0..<5 {
            let response = try await client.send(.init(url: server.baseURL + "/again"))
            #expect(response.status == 200)
        }
        #expect(server.requestsServed == 5)
        #expect(server.acceptedConnections == 1)
    }

    @Test func concurrentRequestsAllComplete() async throws {
        let server = try LoopbackHTTPServer { request in .text(200, request.target) }
        defer { server.stop() }
        let client = self.client
        let base = server.baseURL
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let response = try await client.send(.init(url: base + "/n/\(index)"))
                    return String(decoding: response.body, as: UTF8.self)
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(bodies == Set((0..<16).map { "/n/\($0)" }))
    }

    @Test func redirectsAreNotFollowed() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/from"
                ? HTTPServerResponse(status: 302, headers: [HeaderField(name: "Location", value: "/to")])
                : .text(200, "followed")
        }
        defer { server.stop() }
        let response = try await client.send(.init(url: server.baseURL + "/from"))
        #expect(response.status == 302)
        #expect(response.headers["Location"] == "/to")
        #expect(server.requestsServed == 1)
    }

    @Test(arguments: ["a\r\nInjected: yes", "a\nb", "a\rb", "nul\u{0}"])
    func refusesHeaderValuesThatCouldInjectHeaders(value: String) async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "ok") }
        defer { server.stop() }
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: server.baseURL, headers: ["X-Test": value]))
        }
        #expect(error?.kind == .invalidRequest)
        #expect(server.requestsServed == 0)
    }

    @Test func aClosedPortIsANetworkError() async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "ok") }
        let url = server.baseURL
        server.stop()
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: url, timeout: .seconds(5)))
        }
        #expect(error?.kind == .network)
    }

    @Test func nonHTTPSchemesAreRefused() async throws {
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: "file:///etc/passwd"))
        }
        #expect(error?.kind == .invalidRequest)
    }
}
