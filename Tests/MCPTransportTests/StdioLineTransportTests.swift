import Foundation
import MCP
import MCPTransport
import Testing

/// The stdio transport and the dispatcher together, over real pipes, with handlers the tests
/// control: what every request (single or batched) gets back, and when.
@Suite struct StdioLineTransportTests {
    private static func ids(_ message: Any) -> [Int] {
        ((message as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int }
    }

    private static func isBatch(_ message: Any) -> Bool { message is [Any] }

    private static func answer(_ messages: [Any], id: Int) -> [String: Any]? {
        messages.compactMap { $0 as? [String: Any] }.first { $0["id"] as? Int == id && $0["method"] == nil }
    }

    @Test func aBatchsMembersRunAtOnceAndItIsAnsweredInMemberOrder() async throws {
        let gate = Gate()
        let harness = await TransportHarness(handlers: [
            "wait": { request in
                try await gate.pass()
                return Data(#"{"member":\#(request.id.json)}"#.utf8)
            },
            "ping": { _ in Data("{}".utf8) },
        ])
        harness.send(
            #"[{"jsonrpc":"2.0","id":1,"method":"wait"},{"jsonrpc":"2.0","id":2,"method":"wait"},{"jsonrpc":"2.0","id":3,"method":"wait"}]"#
        )
        // Run one after another, the second member would never reach the gate while the first
        // waits at it.
        let deadline = ContinuousClock.now + .seconds(5)
        while gate.arrived < 3, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(gate.arrived == 3)
        harness.send(#"{"jsonrpc":"2.0","id":4,"method":"ping"}"#)
        try await harness.waitFor("the ping") { Self.answer($0, id: 4) != nil }
        #expect(!harness.messages.contains(where: Self.isBatch))
        gate.open()
        try await harness.waitFor("the batch") { $0.contains(where: Self.isBatch) }
        let batch = try #require(harness.messages.first(where: Self.isBatch) as? [[String: Any]])
        #expect(batch.compactMap { $0["id"] as? Int } == [1, 2, 3])
        #expect(batch.map { ($0["result"] as? [String: Any])?["member"] as? Int } == [1, 2, 3])
    }

    @Test func aCancelledBatchMemberIsLeftOutAndTheOthersAreAnswered() async throws {
        let gate = Gate()
        let harness = await TransportHarness(handlers: [
            "wait": { _ in
                try await gate.pass()
                return Data("{}".utf8)
            }
        ])
        harness.send(#"[{"jsonrpc":"2.0","id":1,"method":"wait"},{"jsonrpc":"2.0","id":2,"method":"wait"}]"#)
        while gate.arrived < 2 { try await Task.sleep(for: .milliseconds(5)) }
        harness.send(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2}}"#)
        try await Task.sleep(for: .milliseconds(50))
        gate.open()
        try await harness.waitFor("the batch") { $0.contains(where: Self.isBatch) }
        #expect(harness.messages.filter(Self.isBatch).map(Self.ids) == [[1]])
    }

    @Test func aBatchWhoseMembersAreAllCancelledGetsNoAnswer() async throws {
        let gate = Gate()
        let harness = await TransportHarness(handlers: [
            "wait": { _ in
                try await gate.pass()
                return Data("{}".utf8)
            },
            "ping": { _ in Data("{}".utf8) },
        ])
        harness.send(
            #"[{"jsonrpc":"2.0","id":1,"method":"wait"},{"jsonrpc":"2.0","method":"notifications/initialized"}]"#)
        while gate.arrived < 1 { try await Task.sleep(for: .milliseconds(5)) }
        harness.send(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}"#)
        harness.send(#"{"jsonrpc":"2.0","id":5,"method":"ping"}"#)
        try await harness.waitFor("the ping") { Self.answer($0, id: 5) != nil }
        await harness.endSession()
        #expect(harness.received.count == 1, "\(harness.received)")
    }

    @Test func aBatchOfNotificationsOnlyGetsNoAnswer() async throws {
        let harness = await TransportHarness(handlers: ["ping": { _ in Data("{}".utf8) }])
        harness.send(
            #"[{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":9}}]"#
        )
        harness.send(#"{"jsonrpc":"2.0","id":5,"method":"ping"}"#)
        try await harness.waitFor("the ping") { Self.answer($0, id: 5) != nil }
        await harness.endSession()
        #expect(harness.received.count == 1, "\(harness.received)")
    }

    @Test func aBatchMembersNotificationsComeBeforeTheBatchsAnswer() async throws {
        let harness = await TransportHarness(handlers: [
            "report": { request in
                request.notify(
                    Data(#"{"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}"#.utf8))
                return Data("{}".utf8)
            }
        ])
        harness.send(#"[{"jsonrpc":"2.0","id":1,"method":"report"},{"jsonrpc":"2.0","id":2,"method":"report"}]"#)
        try await harness.waitFor("the batch") { $0.contains(where: Self.isBatch) }
        let kinds = harness.messages.map { Self.isBatch($0) ? "batch" : "notification" }
        #expect(kinds == ["notification", "notification", "batch"])
    }

    @Test func errorsAndUnknownMethodsBecomeJSONRPCErrorsWithTheRequestsID() async throws {
        struct Unexpected: Error {}
        let harness = await TransportHarness(handlers: [
            "typed": { _ in throw JSONRPCError(code: -32022, message: "Unsupported", data: ["supported": ["v"]]) },
            "sdk": { _ in throw MCPError.invalidParams("bad name") },
            "crash": { _ in throw Unexpected() },
        ])
        for (id, method) in [(1, "typed"), (2, "sdk"), (3, "crash"), (4, "missing")] {
            harness.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)"}"#)
        }
        try await harness.waitFor("four answers") { messages in
            (1...4).allSatisfy { Self.answer(messages, id: $0) != nil }
        }
        func error(_ id: Int) -> [String: Any]? { Self.answer(harness.messages, id: id)?["error"] as? [String: Any] }
        #expect(error(1)?["code"] as? Int == -32022)
        #expect((error(1)?["data"] as? [String: Any])?["supported"] as? [String] == ["v"])
        #expect(error(2)?["code"] as? Int == -32602)
        #expect(error(2)?["message"] as? String == "Invalid params: bad name")
        #expect(error(3)?["code"] as? Int == -32603)
        #expect(error(3)?["message"] as? String == "Internal error")
        #expect(error(4)?["code"] as? Int == -32601)
    }

    @Test func atShutdownWhatIsStillOwedIsAnsweredOnceAndLateAnswersAreDropped() async throws {
        let gate = Gate()
        let harness = await TransportHarness(handlers: [
            "wait": { _ in
                try? await gate.pass()  // ignores cancellation, as a slow handler might
                return Data("{}".utf8)
            }
        ])
        harness.send(#"{"jsonrpc":"2.0","id":1,"method":"wait"}"#)
        harness.send(#"[{"jsonrpc":"2.0","id":2,"method":"wait"},{"jsonrpc":"2.0","id":3,"method":"wait"}]"#)
        while gate.arrived < 3 { try await Task.sleep(for: .milliseconds(5)) }
        await harness.endSession(within: .milliseconds(100))
        gate.open()
        try await Task.sleep(for: .milliseconds(200))
        let answers = harness.messages.compactMap { $0 as? [String: Any] }
        #expect(answers.compactMap { $0["id"] as? Int }.sorted() == [1, 2, 3])
        #expect(answers.allSatisfy { ($0["error"] as? [String: Any])?["code"] as? Int == -32603 })
        #expect(!harness.messages.contains(where: Self.isBatch))
    }
}
