import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// docs/protocol.md and docs/errors.md (Protocol errors), through the real binary over stdio.
@Suite struct ProtocolTests {
    @Test(arguments: ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"])
    func initializeEchoesASupportedVersion(version: String) async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        let answer = try await server.initialize(version: version)
        let result = try #require(answer["result"] as? [String: Any])
        #expect(result["protocolVersion"] as? String == version)
        let info = try #require(result["serverInfo"] as? [String: Any])
        #expect(info["name"] as? String == "gmail-mcp")
        #expect((result["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func initializeAnswersAnUnknownVersionWithTheNewest() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        let answer = try await server.initialize(version: "1999-01-01")
        #expect((answer["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-11-25")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func toolsListShowsRefreshTokenWithBothSchemasAndAnnotations() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.request(id: 2, method: "tools/list")
        let result = try #require(try await server.response(id: 2)["result"] as? [String: Any])
        let tools = try #require(result["tools"] as? [[String: Any]])
        let tool = try #require(tools.first { $0["name"] as? String == "gmail_refresh_token" })
        let input = try #require(tool["inputSchema"] as? [String: Any])
        #expect(input["type"] as? String == "object")
        #expect(input["additionalProperties"] as? Bool == false)
        let properties = try #require(input["properties"] as? [String: Any])
        #expect(
            Set(properties.keys)
                == ["google_refresh_token", "google_client_id", "google_client_secret", "google_access_token"])
        let output = try #require(tool["outputSchema"] as? [String: Any])
        #expect(
            Set((output["required"] as? [String]) ?? []) == [
                "status", "expires_in", "expires_at", "scope", "token_type",
            ])
        let annotations = try #require(tool["annotations"] as? [String: Any])
        #expect(annotations["readOnlyHint"] as? Bool == false)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aGarbageLineGetsParseErrorWithNullIDAndServingGoesOn() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        server.sendLine("this is { not json")
        server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":")
        server.request(id: 7, method: "ping")
        let pong = try await server.response(id: 7)
        #expect(pong["result"] != nil)
        let errors = server.responses().filter { $0["error"] != nil }
        #expect(errors.count == 2)
        for error in errors {
            #expect(error["id"] is NSNull)
            #expect((error["error"] as? [String: Any])?["code"] as? Int == -32700)
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test func invalidRequestsGetInvalidRequestErrorsWithTheirIDs() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        server.sendLine(#"{"jsonrpc":"2.0","id":11}"#)
        server.sendLine(#"{"jsonrpc":"1.0","id":12,"method":"ping"}"#)
        server.sendLine(#"{"jsonrpc":"2.0","id":13,"method":42}"#)
        server.sendLine(#"{"jsonrpc":"2.0","id":"s-14","method":"ping","params":"oops"}"#)
        server.sendLine(#"[]"#)
        server.sendLine(#"42"#)
        server.sendLine(#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#)
        server.request(id: 15, method: "ping")
        _ = try await server.response(id: 15)
        for id: Any in [11, 12, 13, "s-14"] {
            let answer = try await server.response(id: id, timeout: .seconds(2))
            #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32600, "id \(id)")
        }
        let nullIDErrors = server.responses().filter { $0["id"] is NSNull }
        #expect(nullIDErrors.count == 3)
        #expect(nullIDErrors.allSatisfy { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 })
        #expect(await fixture.finish(server) == 0)
    }

    @Test(arguments: ["no/such/method", "server/discover", "resources/list"])
    func unknownMethodsGetMethodNotFound(method: String) async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.request(id: 2, method: method, params: [:])
        let answer = try await server.response(id: 2)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func anUnknownToolIsInvalidParams() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.startToolCall(id: 2, name: "gmail_delete_everything")
        let answer = try await server.response(id: 2)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32602)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func malformedToolCallParamsAreInvalidParams() async throws {
        let fixture = try Fixture()
        let server = try await fixture.startInitialized()
        server.request(id: 2, method: "tools/call", params: ["arguments": [:] as [String: Any]])
        server.request(id: 3, method: "tools/call", params: ["name": "gmail_refresh_token", "arguments": [1, 2]])
        server.request(id: 4, method: "tools/call", params: ["name": 7])
        for id in 2...4 {
            let answer = try await server.response(id: id)
            #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32602, "id \(id)")
        }
        #expect(fixture.fake.requests("POST /token") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func pingIsAnsweredWhileASlowToolCallIsInFlight() async throws {
        let fixture = try Fixture()
        fixture.fake.setLatency(.seconds(5))
        let server = try await fixture.startInitialized()
        server.startToolCall(id: 2)
        try await Task.sleep(for: .milliseconds(200))
        server.request(id: 3, method: "ping")
        _ = try await server.response(id: 3, timeout: .seconds(3))
        #expect(server.responses().contains { ServerProcess.sameID($0["id"], 2) } == false)
        let call = try await server.response(id: 2)
        #expect((call["result"] as? [String: Any])?["isError"] as? Bool == false)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func endOfInputAnswersInFlightRequestsThenExitsZero() async throws {
        let fixture = try Fixture()
        fixture.fake.setLatency(.milliseconds(800))
        let server = try await fixture.startInitialized()
        server.startToolCall(id: 2)
        server.request(id: 3, method: "ping")
        server.closeStdin()
        #expect(await server.waitForExit(timeout: .seconds(15)) == 0)
        let call = try await server.response(id: 2, timeout: .zero)
        #expect((call["result"] as? [String: Any])?["isError"] as? Bool == false)
        _ = try await server.response(id: 3, timeout: .zero)
        #expect(await fixture.finish(server) == 0)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalAnswersWhatWasReadAndExitsZeroWithinTwoSeconds(signal: Int32) async throws {
        let fixture = try Fixture()
        fixture.fake.setLatency(.seconds(10))
        let server = try await fixture.startInitialized()
        server.startToolCall(id: 2)
        try await Task.sleep(for: .milliseconds(300))
        let sent = ContinuousClock.now
        server.signal(signal)
        let status = await server.waitForExit(timeout: .seconds(5))
        #expect(ContinuousClock.now - sent < .seconds(2))
        #expect(status == 0)
        let call = try await server.response(id: 2, timeout: .zero)
        #expect(call["error"] != nil || call["result"] != nil)
        server.assertCleanTranscript(extraSecrets: fixture.fake.issuedAccessTokens)
    }

    @Test func aCancelledCallIsStoppedAndGetsNoAnswer() async throws {
        let fixture = try Fixture()
        fixture.fake.setLatency(.seconds(10))
        let server = try await fixture.startInitialized()
        server.startToolCall(id: 2)
        try await Task.sleep(for: .milliseconds(300))
        server.notify(method: "notifications/cancelled", params: ["requestId": 2, "reason": "user gave up"])
        server.request(id: 3, method: "ping")
        _ = try await server.response(id: 3)
        // With the call cancelled nothing is owed, so EOF ends the process at once instead of
        // after the fake's 10 s latency.
        let closed = ContinuousClock.now
        server.closeStdin()
        #expect(await server.waitForExit(timeout: .seconds(15)) == 0)
        #expect(ContinuousClock.now - closed < .seconds(5))
        #expect(!server.responses().contains { ServerProcess.sameID($0["id"], 2) })
        server.assertCleanTranscript(extraSecrets: fixture.fake.issuedAccessTokens)
    }

    @Test func stringIDsAndCRLFLinesAreServed() async throws {
        let fixture = try Fixture()
        let server = try fixture.start()
        server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"ping\"}\r")
        server.sendLine("")
        server.request(id: 1, method: "ping")
        _ = try await server.response(id: "abc")
        _ = try await server.response(id: 1)
        #expect(await fixture.finish(server) == 0)
    }
}
