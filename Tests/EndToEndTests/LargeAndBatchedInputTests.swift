import Foundation
import Testing

/// Input at the edges: lines over the size limit, large lines under it, JSON-RPC batches.
@Suite struct LargeAndBatchedInputTests {
    @Test func aLineOverTheLimitIsRefusedAndServingGoesOn() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        // 97 MiB without a newline inside: over the 96 MiB limit.
        let huge =
            #"{"jsonrpc":"2.0","id":5,"method":"ping","params":{"pad":""# + String(repeating: "x", count: 97 << 20)
            + #""}}"#
        server.sendLine(huge)
        server.request(id: 6, method: "ping")
        _ = try await server.response(id: 6, timeout: .seconds(60))
        let refusal = try #require(server.responses().first { $0["id"] is NSNull })
        let error = try #require(refusal["error"] as? [String: Any])
        #expect(error["code"] as? Int == -32600)
        #expect((error["message"] as? String)?.contains("96 MiB") == true)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aLargeArgumentUnderTheLimitIsServed() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        // google_access_token is accepted and ignored; 20 MiB of it exercises the whole path.
        let result = try await server.callTool(
            id: 2, name: "gmail_refresh_token",
            arguments: ["google_access_token": String(repeating: "a", count: 20 << 20)])
        #expect(!result.isError, "\(result.text.prefix(300))")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aBatchIsAnsweredAsABatch() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        try await server.initialize(version: "2025-03-26")
        server.sendLine(
            #"[{"jsonrpc":"2.0","id":21,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":1}},{"jsonrpc":"2.0","id":22,"method":"tools/list"}]"#
        )
        let batch = try await Self.batchAnswer(of: server)
        #expect(Set(batch.compactMap { $0["id"] as? Int }) == [21, 22])
        // Batched requests count as answered: EOF ends the process at once.
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aBatchsCallsRunConcurrentlyHoldNothingBackAndCanBeCancelledOneByOne() async throws {
        let fixture = try Fixture()
        fixture.fake.setLatency(.seconds(4))
        let server = try await fixture.startInitialized()
        // Headless mode: each call mints its own grant (the configured token is single-flight,
        // so three calls without arguments would share one request).
        let call = #"{"name":"gmail_refresh_token","arguments":{"google_refresh_token":"\#(fixture.refreshToken)"}}"#
        server.sendLine(
            "["
                + [31, 32, 33].map { #"{"jsonrpc":"2.0","id":\#($0),"method":"tools/call","params":\#(call)}"# }
                .joined(separator: ",") + "]")
        // All three grants reach the token endpoint while the first is still waiting out the
        // fake's latency: the members run at once, not one after another.
        let deadline = ContinuousClock.now + .seconds(3)
        while fixture.fake.requests("POST /token") < 3, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(fixture.fake.requests("POST /token") == 3)
        server.request(id: 34, method: "ping")
        _ = try await server.response(id: 34, timeout: .seconds(2))
        #expect(Self.batches(in: server).isEmpty, "the ping was answered before the batch")
        server.notify(method: "notifications/cancelled", params: ["requestId": 32, "reason": "not needed"])

        let batch = try await Self.batchAnswer(of: server, timeout: .seconds(20))
        #expect(batch.compactMap { $0["id"] as? Int } == [31, 33])
        for answer in batch {
            #expect((answer["result"] as? [String: Any])?["isError"] as? Bool == false)
        }
        #expect(!server.responses().contains { ServerProcess.sameID($0["id"], 32) })
        // Headless mode returns the tokens it mints: the contract's one exception.
        let minted = batch.compactMap {
            (($0["result"] as? [String: Any])?["structuredContent"] as? [String: Any])?["access_token"] as? String
        }
        #expect(minted.count == 2)
        #expect(await fixture.finish(server, allowOnStdout: minted) == 0)
    }

    @Test func anInvalidBatchMemberGetsItsOwnErrorInsideTheBatch() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.sendLine(
            #"[{"jsonrpc":"2.0","id":41,"method":"ping"},5,{"id":43,"method":"ping"},{"jsonrpc":"2.0","id":44,"method":"no/such"}]"#
        )
        let batch = try await Self.batchAnswer(of: server)
        #expect(batch.count == 4)
        guard batch.count == 4 else { return }
        #expect(batch[0]["id"] as? Int == 41 && batch[0]["result"] != nil)
        #expect(batch[1]["id"] is NSNull && (batch[1]["error"] as? [String: Any])?["code"] as? Int == -32600)
        #expect(batch[2]["id"] as? Int == 43 && (batch[2]["error"] as? [String: Any])?["code"] as? Int == -32600)
        #expect(batch[3]["id"] as? Int == 44 && (batch[3]["error"] as? [String: Any])?["code"] as? Int == -32601)
        server.request(id: 45, method: "ping")
        _ = try await server.response(id: 45)
        #expect(await fixture.finish(server) == 0)
    }

    private static func batches(in server: ServerProcess) -> [[[String: Any]]] {
        server.stdoutLines.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [[String: Any]] }
    }

    /// The first batch answer on stdout, waiting for it up to `timeout`.
    private static func batchAnswer(of server: ServerProcess, timeout: Duration = .seconds(10)) async throws
        -> [[String: Any]]
    {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let batch = batches(in: server).first { return batch }
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("no batch answer within \(timeout)")
        return []
    }
}
