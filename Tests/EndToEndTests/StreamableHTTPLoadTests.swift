import Foundation
import RawHTTPClient
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Streamable HTTP under load: many clients at once, and a graceful stop while calls are in
/// flight (docs/protocol.md, "Transport: Streamable HTTP").
@Suite struct StreamableHTTPLoadTests {
    typealias HTTPServer = StreamableHTTPTests.HTTPServer

    /// Runs `work` on `count` threads at once (the raw client blocks, so it stays off the
    /// cooperative pool) and returns what each gave.
    private static func onThreads<T: Sendable>(_ count: Int, _ work: @escaping @Sendable (Int) -> T) async -> [T] {
        await withCheckedContinuation { continuation in
            let results = Mutex([Int: T]())
            let group = DispatchGroup()
            for index in 0..<count {
                group.enter()
                Thread.detachNewThread {
                    let value = work(index)
                    results.withLock { $0[index] = value }
                    group.leave()
                }
            }
            group.notify(queue: .global()) {
                continuation.resume(returning: results.withLock { all in (0..<count).compactMap { all[$0] } })
            }
        }
    }

    @Test func aHundredClientsMakingTwentyCallsEachGetEveryAnswerWithItsOwnID() async throws {
        let server = try await HTTPServer.start()
        let port = server.port
        let failures = await Self.onThreads(100) { client -> [String] in
            var problems: [String] = []
            do {
                // A connection kept alive while the server allows it: tools/list (named in
                // Mcp-Method) keeps it, a tool call's exchange ends with Connection: close.
                var connection = try RawHTTPConnection(port: port)
                defer { connection.disconnect() }
                for call in 0..<20 {
                    let id = client * 1000 + call
                    // Half tool calls through to the fake Google, half tools/list (HTTP and dispatch alone).
                    let body =
                        call.isMultiple(of: 2)
                        ? StreamableHTTPTests.modern(id: id, method: "tools/list")
                        : StreamableHTTPTests.modern(
                            id: id, method: "tools/call",
                            params: #""name":"gmail_fetch_mails","arguments":{"max_results":1}"#)
                    let method = call.isMultiple(of: 2) ? "tools/list" : "tools/call"
                    try connection.write(
                        "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Mcp-Method: \(method)\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
                    let response = try connection.readResponse()
                    if response.header("Connection")?.lowercased() == "close" {
                        connection.disconnect()
                        connection = try RawHTTPConnection(port: port)
                    }
                    let object = try response.jsonObject()
                    let result = object["result"] as? [String: Any]
                    let answered =
                        call.isMultiple(of: 2) ? result?["tools"] != nil : result?["isError"] as? Bool == false
                    if response.status != 200 || object["id"] as? Int != id || !answered {
                        problems.append(
                            "client \(client) call \(call): \(response.status) \(response.text.prefix(200))")
                    }
                }
            } catch {
                problems.append("client \(client): \(error)")
            }
            return problems
        }
        #expect(failures.count == 100)
        #expect(failures.flatMap { $0 }.isEmpty, "\(failures.flatMap { $0 }.prefix(5))")
        #expect(await server.stop() == 0)
    }

    @Test func sigtermUnderLoadAnswersTheCallsInFlightAndExitsZero() async throws {
        let fixture = try Fixture()
        for subject in ["a", "b"] {
            fixture.fake.deliver(raw: ReadingToolsTests.source(subject: subject, body: "x\r\n"), labelIds: ["INBOX"])
        }
        let server = try await HTTPServer.start(fixture: fixture)
        // Warm the token first, so the calls below each wait out the latency on Gmail's side.
        let warm = try server.post(
            StreamableHTTPTests.modern(
                id: 1, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{"max_results":1}"#))
        #expect(warm.status == 200)
        fixture.fake.setLatency(.milliseconds(1500))
        let before = fixture.fake.requests("GET /gmail/v1/users/me/messages")
        let port = server.port
        async let answers = Self.onThreads(20) { index -> (Int, Bool) in
            let body = StreamableHTTPTests.modern(
                id: 100 + index, method: "tools/call",
                params: #""name":"gmail_fetch_mails","arguments":{"max_results":1,"format":"minimal"}"#)
            guard
                let response = try? StreamableHTTPTests.HTTPServer(process: server.process, port: port).post(body),
                let object = try? response.jsonObject()
            else { return (0, false) }
            return (response.status, (object["result"] as? [String: Any])?["isError"] as? Bool == false)
        }
        // Every call has reached Gmail and is waiting on it: now stop the server.
        let deadline = ContinuousClock.now + .seconds(10)
        while fixture.fake.requests("GET /gmail/v1/users/me/messages") < before + 20, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        server.process.signal(SIGTERM)
        let results = await answers
        #expect(results.count == 20)
        #expect(results.allSatisfy { $0.0 == 200 && $0.1 }, "\(results)")
        let status = await server.process.waitForExit(timeout: .seconds(15))
        #expect(status == 0)
        server.process.assertCleanTranscript(extraSecrets: fixture.fake.issuedAccessTokens)
    }

    @Test func closingTheConnectionCancelsTheCallItCarries() async throws {
        let fixture = try Fixture()
        for subject in ["a", "b"] {
            fixture.fake.deliver(raw: ReadingToolsTests.source(subject: subject, body: "x\r\n"), labelIds: ["INBOX"])
        }
        let server = try await HTTPServer.start(fixture: fixture)
        let call = StreamableHTTPTests.modern(
            id: 1, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{"max_results":2}"#)
        #expect(try server.post(call).status == 200)  // the token is cached from here on
        let listed = fixture.fake.requests("GET /gmail/v1/users/me/messages")
        let batched = fixture.fake.requests("POST /batch/gmail/v1")
        #expect(batched == 1)

        // The next call's list request waits 2 s at Gmail; the client hangs up meanwhile.
        fixture.fake.setLatency(.seconds(2))
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(
            "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(call.utf8.count)\r\n\r\n" + call)
        let deadline = ContinuousClock.now + .seconds(10)
        while fixture.fake.requests("GET /gmail/v1/users/me/messages") == listed, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        connection.disconnect()
        try await Task.sleep(for: .seconds(3))
        // Cancelled during the list, the call never asks for the messages themselves.
        #expect(fixture.fake.requests("POST /batch/gmail/v1") == batched)
        fixture.fake.setLatency(.zero)
        #expect(try server.post(call).status == 200, "the server goes on serving")
        #expect(await server.stop() == 0)
    }
}
