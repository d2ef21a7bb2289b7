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
        var batch: [[String: Any]] = []
        for _ in 0..<400 where batch.isEmpty {
            batch =
                server.stdoutLines.compactMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [[String: Any]]
                }.first ?? []
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(Set(batch.compactMap { $0["id"] as? Int }) == [21, 22])
        // Batched requests count as answered: EOF ends the process at once.
        #expect(await fixture.finish(server) == 0)
    }
}
