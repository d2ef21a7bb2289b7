import Foundation
import RawHTTPClient
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `gmail-mcp sandbox --http` through real HTTP on loopback (docs/protocol.md, "Transport:
/// Streamable HTTP"): both eras on one endpoint with no sessions, and every status rule.
@Suite struct StreamableHTTPTests {
    /// A `sandbox --http` process on a free port.
    struct HTTPServer {
        let process: ServerProcess
        let port: Int

        /// `sandbox --http` by default; `serve --http` against a test's fake Google with
        /// `fixture`.
        static func start(environment extra: [String: String] = [:], fixture: Fixture? = nil) async throws
            -> HTTPServer
        {
            var environment = fixture?.environment ?? ProcessInfo.processInfo.environment
            environment["PORT"] = "0"
            environment["GMAIL_MCP_LOG_LEVEL"] = "debug"
            environment.merge(extra) { _, new in new }
            let process =
                try fixture?.start(environment: environment, arguments: ["serve", "--http"])
                ?? ServerProcess(arguments: ["sandbox", "--http"], environment: environment)
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                if let port = Self.port(in: process.stderr) { return HTTPServer(process: process, port: port) }
                try await Task.sleep(for: .milliseconds(20))
            }
            process.process.terminate()
            throw RawHTTPError(description: "no 'listening on' line on stderr: \(process.stderr)")
        }

        private static func port(in stderr: String) -> Int? {
            guard let range = stderr.range(of: "listening on http://127.0.0.1:") else { return nil }
            return Int(stderr[range.upperBound...].prefix { $0.isNumber })
        }

        /// One request on a fresh connection.
        func send(
            _ method: String = "POST", path: String = "/mcp", headers: [String] = [], body: String = ""
        ) throws -> RawHTTPResponse {
            let connection = try RawHTTPConnection(port: port)
            defer { connection.disconnect() }
            var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            for header in headers { head += header + "\r\n" }
            if method == "POST" { head += "Content-Length: \(body.utf8.count)\r\n" }
            try connection.write(head + "\r\n" + body)
            return try connection.readResponse()
        }

        /// A JSON-RPC POST with the headers a 2026-07-28 client sends (or a handshake-era one's).
        func post(_ message: String, modern: Bool = false, method: String? = nil, extra: [String] = [])
            throws -> RawHTTPResponse
        {
            var headers = ["Content-Type: application/json", "Accept: application/json, text/event-stream"]
            if modern {
                headers.append("MCP-Protocol-Version: 2026-07-28")
                if let method { headers.append("Mcp-Method: \(method)") }
            }
            return try send(headers: headers + extra, body: message)
        }

        /// SIGTERM, then the exit status; the transcript is checked for secrets.
        func stop() async -> Int32? {
            process.signal(SIGTERM)
            let status = await process.waitForExit()
            process.assertCleanTranscript()
            return status
        }
    }

    static let meta =
        #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#

    static func modern(id: Int, method: String, params: String = "") -> String {
        let fields = params.isEmpty ? meta : params + "," + meta
        return #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":{\#(fields)}}"#
    }

    private static func error(_ response: RawHTTPResponse) -> [String: Any]? {
        (try? response.jsonObject())?["error"] as? [String: Any]
    }

    @Test func aModernClientDiscoversListsAndCallsWithNoSession() async throws {
        let server = try await HTTPServer.start()
        let discover = try server.post(
            Self.modern(id: 1, method: "server/discover"), modern: true, method: "server/discover")
        #expect(discover.status == 200)
        #expect(discover.header("Content-Type")?.hasPrefix("application/json") == true)
        let result = try #require(try discover.jsonObject()["result"] as? [String: Any])
        #expect(result["resultType"] as? String == "complete")
        #expect((result["supportedVersions"] as? [String])?.contains("2026-07-28") == true)

        let list = try server.post(Self.modern(id: 2, method: "tools/list"), modern: true, method: "tools/list")
        let tools = try #require((try list.jsonObject()["result"] as? [String: Any])?["tools"] as? [[String: Any]])
        #expect(tools.first?["name"] as? String == "gmail_fetch_mails")

        let call = try server.post(
            Self.modern(
                id: 3, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{"max_results":2}"#),
            modern: true, method: "tools/call", extra: ["Mcp-Name: gmail_fetch_mails"])
        #expect(call.status == 200)
        let called = try #require(try call.jsonObject()["result"] as? [String: Any])
        #expect(called["isError"] as? Bool == false)
        #expect(((called["structuredContent"] as? [String: Any])?["messages"] as? [Any])?.count == 2)
        for response in [discover, list, call] {
            #expect(response.header("Mcp-Session-Id") == nil)
        }
        #expect(await server.stop() == 0)
    }

    @Test func aHandshakeClientInitializesAndIsServedWithoutASession() async throws {
        let server = try await HTTPServer.start()
        let initialize =
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#
        for _ in 0..<2 {  // any instance answers any initialize: nothing is remembered
            let answer = try server.post(initialize)
            #expect(answer.status == 200)
            #expect(
                (try answer.jsonObject()["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-11-25")
            #expect(answer.header("Mcp-Session-Id") == nil)
        }
        let initialized = try server.post(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
        #expect(initialized.status == 202)
        let list = try server.post(
            #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#, extra: ["MCP-Protocol-Version: 2025-11-25"])
        #expect(list.status == 200)
        let result = try #require(try list.jsonObject()["result"] as? [String: Any])
        #expect(result["resultType"] == nil)
        #expect((result["tools"] as? [Any])?.isEmpty == false)
        // A handshake-era method error is a JSON-RPC error in a 200.
        let unknown = try server.post(#"{"jsonrpc":"2.0","id":3,"method":"no/such"}"#)
        #expect(unknown.status == 200 && Self.error(unknown)?["code"] as? Int == -32601)
        #expect(await server.stop() == 0)
    }

    @Test func statusRulesOfTheEndpoint() async throws {
        let server = try await HTTPServer.start(environment: ["GMAIL_MCP_MAX_REQUEST_BYTES": "4096"])
        let ping = #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#

        let health = try server.send("GET", path: "/healthz")
        #expect(health.status == 200 && health.text == #"{"status":"ok"}"#)
        for method in ["GET", "DELETE"] {
            let refused = try server.send(method)
            #expect(refused.status == 405 && refused.header("Allow") == "POST", "\(method)")
        }
        #expect(try server.send("GET", path: "/elsewhere").status == 404)
        #expect(try server.post(ping, extra: ["Origin: https://evil.example"]).status == 403)
        #expect(try server.post(ping, extra: ["Origin: http://localhost:5173"]).status == 200)
        #expect(try server.send(headers: ["Content-Type: text/plain"], body: ping).status == 415)

        let huge =
            #"{"jsonrpc":"2.0","id":2,"method":"ping","params":{"pad":""# + String(repeating: "x", count: 8000)
            + #""}}"#
        let tooLarge = try server.post(huge)
        #expect(tooLarge.status == 413)
        #expect(tooLarge.text.contains("GMAIL_MCP_MAX_REQUEST_BYTES"))
        #expect(try server.post(ping).status == 200, "the server keeps serving after a 413")

        #expect(try server.post("{not json").status == 400)
        #expect(Self.error(try server.post("{not json"))?["code"] as? Int == -32700)
        #expect(await server.stop() == 0)
    }

    @Test func modernErrorsCarryTheStatusesTheTransportAsksFor() async throws {
        let server = try await HTTPServer.start()
        let unknown = try server.post(
            Self.modern(id: 1, method: "resources/list"), modern: true, method: "resources/list")
        #expect(unknown.status == 404 && Self.error(unknown)?["code"] as? Int == -32601)

        let future = Self.modern(id: 2, method: "tools/list").replacingOccurrences(of: "2026-07-28", with: "2099-01-01")
        let unsupported = try server.post(
            future, extra: ["MCP-Protocol-Version: 2099-01-01", "Mcp-Method: tools/list"])
        #expect(unsupported.status == 400 && Self.error(unsupported)?["code"] as? Int == -32022)

        let mismatch = try server.post(Self.modern(id: 3, method: "tools/list"), modern: true, method: "tools/call")
        #expect(mismatch.status == 400 && Self.error(mismatch)?["code"] as? Int == -32020)
        let wrongName = try server.post(
            Self.modern(id: 4, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{}"#),
            modern: true, method: "tools/call", extra: ["Mcp-Name: gmail_send"])
        #expect(wrongName.status == 400 && Self.error(wrongName)?["code"] as? Int == -32020)
        // Mcp-Name may be base64-encoded: "gmail_fetch_mails".
        let encoded = try server.post(
            Self.modern(id: 5, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{}"#),
            modern: true, method: "tools/call", extra: ["Mcp-Name: =?base64?Z21haWxfZmV0Y2hfbWFpbHM=?="])
        #expect(encoded.status == 200)

        let noCapabilities =
            #"{"jsonrpc":"2.0","id":6,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#
        let invalid = try server.post(noCapabilities, modern: true, method: "tools/list")
        #expect(invalid.status == 400 && Self.error(invalid)?["code"] as? Int == -32602)

        // A tool failure is a result: 200.
        let toolError = try server.post(
            Self.modern(
                id: 7, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{"max_results":0}"#),
            modern: true, method: "tools/call")
        #expect(toolError.status == 200)
        #expect((try toolError.jsonObject()["result"] as? [String: Any])?["isError"] as? Bool == true)
        #expect(await server.stop() == 0)
    }

    @Test func aBearerTokenGuardsTheEndpointButNotHealth() async throws {
        let token = "local-test-token-1234"
        let server = try await HTTPServer.start(environment: ["GMAIL_MCP_HTTP_TOKEN": token])
        let ping = #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#
        let missing = try server.post(ping)
        #expect(missing.status == 401)
        #expect(missing.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(try server.post(ping, extra: ["Authorization: Bearer \(token)x"]).status == 401)
        #expect(try server.post(ping, extra: ["Authorization: Bearer \(token.dropLast())"]).status == 401)
        #expect(try server.post(ping, extra: ["Authorization: Bearer \(token)"]).status == 200)
        #expect(try server.send("GET", path: "/healthz").status == 200)
        #expect(!server.process.stderr.contains(token))
        #expect(await server.stop() == 0)
    }

    @Test func aClientThatAcceptsOnlyEventStreamsGetsItsAnswerAsAnSSEEvent() async throws {
        let server = try await HTTPServer.start()
        let answer = try server.send(
            headers: ["Content-Type: application/json", "Accept: text/event-stream"],
            body: Self.modern(id: 9, method: "tools/list"))
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "text/event-stream")
        #expect(answer.header("X-Accel-Buffering") == "no")
        let text = answer.text
        #expect(text.hasPrefix("event: message\ndata: {"))
        #expect(text.hasSuffix("\n\n"))
        let data = text.dropFirst("event: message\ndata: ".count).dropLast(2)
        let message = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect(message["id"] as? Int == 9 && message["result"] != nil)
        #expect(await server.stop() == 0)
    }

    @Test func anSSEExchangeCarriesTheCallsProgressBeforeItsAnswer() async throws {
        let server = try await HTTPServer.start()
        let file = Data((0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 13 >> 2) }).base64EncodedString()
        let arguments =
            #"{"to":["bob@example.org"],"subject":"big","body":"attached","attachments":[{"filename":"big.bin","content_base64":"\#(file)"}]}"#
        let body =
            #"{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"gmail_send","arguments":\#(arguments),"_meta":{"progressToken":"up-1","io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}"#
        let answer = try server.send(
            headers: ["Content-Type: application/json", "Accept: text/event-stream"], body: body)
        #expect(answer.status == 200)
        let events = answer.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let messages = try events.map { event -> [String: Any] in
            #expect(event.hasPrefix("event: message\ndata: "))
            let data = Data(event.dropFirst("event: message\ndata: ".count).utf8)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let progress = messages.dropLast().compactMap { message -> Int? in
            guard message["method"] as? String == "notifications/progress",
                let params = message["params"] as? [String: Any], params["progressToken"] as? String == "up-1"
            else { return nil }
            return params["progress"] as? Int
        }
        #expect(progress.count >= 2 && progress.count == messages.count - 1, "\(messages.count) events")
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0 < $1 })
        let last = try #require(messages.last)
        #expect(last["id"] as? Int == 11)
        #expect((last["result"] as? [String: Any])?["isError"] as? Bool == false)
        #expect(await server.stop() == 0)
    }

    @Test func aBatchIsAnsweredWithOneArrayAndABatchOfNotificationsWith202() async throws {
        let server = try await HTTPServer.start()
        let batch = try server.post(
            #"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},7,{"jsonrpc":"2.0","id":"two","method":"tools/list"}]"#
        )
        #expect(batch.status == 200)
        let answers = try #require(try JSONSerialization.jsonObject(with: batch.body) as? [[String: Any]])
        #expect(answers.count == 3)
        #expect(answers.first?["id"] as? Int == 1 && answers.first?["result"] != nil)
        #expect((answers.dropFirst().first?["error"] as? [String: Any])?["code"] as? Int == -32600)
        #expect(answers.last?["id"] as? String == "two" && answers.last?["result"] != nil)
        let notifications = try server.post(
            #"[{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}]"#
        )
        #expect(notifications.status == 202)
        #expect(await server.stop() == 0)
    }
}
