import Foundation
import MCP
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `gmail-mcp` binary, spawned with pipes, spoken to line by line.
///
/// Everything the process writes is kept: `finish()` asserts that stdout held only JSON-RPC
/// lines and that no secret the test names ever appeared on stdout or stderr.
final class ServerProcess: @unchecked Sendable {
    // @unchecked: `process` and the pipes are set in init and only read afterwards; the mutable
    // transcript lives behind `state`.
    private struct State {
        var stdoutLines: [String] = []
        /// Each stdout line parsed once, as it arrived (nil for a line that is not a JSON object).
        var parsedLines: [ParsedLine] = []
        var stderrText = ""
        var stdoutClosed = false
    }

    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    private let state = Mutex(State())
    private let secrets: [String]

    /// Path of the built `gmail-mcp`, next to the test bundle in the build folder.
    static var binaryPath: String {
        if let path = ProcessInfo.processInfo.environment["GMAIL_MCP_BINARY"] { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // The test runner may sit inside a .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("gmail-mcp").path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("gmail-mcp").path
    }

    /// Starts the binary with exactly `environment` (plus PATH), never the test's own.
    init(arguments: [String] = [], environment: [String: String], secrets: [String] = []) throws {
        self.secrets = secrets.filter { !$0.isEmpty }
        process.executableURL = URL(fileURLWithPath: Self.binaryPath)
        process.arguments = arguments
        var env = environment
        env["PATH"] = env["PATH"] ?? "/usr/bin:/bin"
        process.environment = env
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        startReaders()
    }

    private func startReaders() {
        let stdoutHandle = stdoutPipe.fileHandleForReading
        let stderrHandle = stderrPipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            var pending = Data()
            while true {
                let chunk = stdoutHandle.availableData
                if chunk.isEmpty { break }
                // Only the new bytes are searched: a 100 MB answer arrives in thousands of chunks.
                var searchFrom = pending.count
                pending.append(chunk)
                while let newline = pending[(pending.startIndex + searchFrom)...].firstIndex(of: UInt8(ascii: "\n")) {
                    record(pending[pending.startIndex..<newline])
                    pending = Data(pending[(newline + 1)...])
                    searchFrom = 0
                }
            }
            if !pending.isEmpty { record(pending) }
            state.withLock { $0.stdoutClosed = true }
        }
        Thread.detachNewThread { [self] in
            while true {
                let chunk = stderrHandle.availableData
                if chunk.isEmpty { break }
                state.withLock { $0.stderrText += String(decoding: chunk, as: UTF8.self) }
            }
        }
    }

    private func record(_ line: Data) {
        let parsed = ParsedLine(object: (try? JSONSerialization.jsonObject(with: line)) as? [String: Any])
        let text = String(decoding: line, as: UTF8.self)
        state.withLock { state in
            state.stdoutLines.append(text)
            state.parsedLines.append(parsed)
        }
    }

    // MARK: Talking

    func sendLine(_ line: String) {
        stdinPipe.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    func send(_ message: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
        sendLine(String(decoding: data, as: UTF8.self))
    }

    func request(id: Int, method: String, params: [String: Any]? = nil) {
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        send(message)
    }

    func notify(method: String, params: [String: Any]? = nil) {
        var message: [String: Any] = ["jsonrpc": "2.0", "method": method]
        if let params { message["params"] = params }
        send(message)
    }

    func closeStdin() {
        try? stdinPipe.fileHandleForWriting.close()
    }

    /// Waits for the response whose id is `id` (compared as JSON: 1 and "1" differ).
    func response(id: Any, timeout: Duration = .seconds(20)) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + timeout
        repeat {
            if let found = responses().first(where: { Self.sameID($0["id"], id) }) {
                return found
            }
            // Suspends rather than blocks: Swift Testing runs tests on the small cooperative
            // pool, and a blocked thread there starves every other async test.
            try await Task.sleep(for: .milliseconds(5))
        } while ContinuousClock.now < deadline
        throw ServerProcessError.timedOut("no response with id \(id) within \(timeout); stderr:\n\(stderr)")
    }

    /// The `initialize` handshake, as a client does it.
    @discardableResult
    func initialize(version: String = "2025-06-18", id: Int = 1) async throws -> [String: Any] {
        request(
            id: id, method: "initialize",
            params: [
                "protocolVersion": version, "capabilities": [:] as [String: Any],
                "clientInfo": ["name": "e2e", "version": "1"],
            ])
        let answer = try await response(id: id)
        notify(method: "notifications/initialized")
        return answer
    }

    /// Sends a `tools/call` without waiting for its answer.
    func startToolCall(id: Int, name: String = "gmail_refresh_token", arguments: [String: Any] = [:]) {
        request(id: id, method: "tools/call", params: ["name": name, "arguments": arguments])
    }

    /// Calls a tool and returns the JSON-RPC `result` (or fails the test on a protocol error).
    func callTool(
        id: Int, name: String, arguments: [String: Any] = [:], timeout: Duration = .seconds(20)
    ) async throws -> ToolResult {
        startToolCall(id: id, name: name, arguments: arguments)
        let answer = try await response(id: id, timeout: timeout)
        guard let result = answer["result"] as? [String: Any] else {
            throw ServerProcessError.protocolError("tools/call \(name) answered \(answer)")
        }
        return ToolResult(raw: result, exact: exactResult(id: id))
    }

    // MARK: Transcript

    var stdoutLines: [String] { state.withLock { $0.stdoutLines } }
    var stderr: String { state.withLock { $0.stderrText } }

    /// The `result` of response `id` decoded as the SDK's `Value`, types exactly as sent.
    func exactResult(id: Int) -> Value? {
        let (lines, parsed) = state.withLock { ($0.stdoutLines, $0.parsedLines) }
        guard let index = parsed.firstIndex(where: { Self.sameID($0.object?["id"], id) }),
            let value = try? JSONDecoder().decode(Value.self, from: Data(lines[index].utf8))
        else { return nil }
        return value.objectValue?["result"]
    }

    /// `tools/list`, exactly as sent: each tool's schemas keyed by name.
    func toolSchemas(id: Int = 9_999) async throws -> [String: Value] {
        request(id: id, method: "tools/list")
        _ = try await response(id: id)
        var tools: [String: Value] = [:]
        for tool in exactResult(id: id)?.objectValue?["tools"]?.arrayValue ?? [] {
            if let name = tool.objectValue?["name"]?.stringValue { tools[name] = tool }
        }
        return tools
    }

    func responses() -> [[String: Any]] {
        state.withLock { $0.parsedLines.compactMap(\.object) }
    }

    /// Waits for the process to exit; nil when it is still running at the deadline.
    func waitForExit(timeout: Duration = .seconds(10)) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        guard !process.isRunning else { return nil }
        // The readers may still be draining the pipes.
        let drainDeadline = ContinuousClock.now + .seconds(2)
        while !state.withLock({ $0.stdoutClosed }), ContinuousClock.now < drainDeadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return process.terminationStatus
    }

    /// The process's peak resident memory so far (VmHWM), in bytes.
    func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kib * 1024
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Ends the session (EOF, exit) and checks the whole transcript. Returns the exit status.
    /// `extraSecrets` adds what became secret during the session (issued access tokens);
    /// `allowed` may appear on stdout (the headless access token the contract returns).
    @discardableResult
    func finish(
        extraSecrets: [String] = [], allowOnStdout allowed: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async -> Int32? {
        closeStdin()
        let status = await waitForExit()
        if status == nil {
            process.terminate()
            Issue.record("the server did not exit after EOF", sourceLocation: sourceLocation)
        }
        assertCleanTranscript(extraSecrets: extraSecrets, allowOnStdout: allowed, sourceLocation: sourceLocation)
        return status
    }

    /// stdout holds only JSON-RPC 2.0 messages; no secret appears anywhere.
    func assertCleanTranscript(
        extraSecrets: [String] = [], allowOnStdout allowed: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for line in stdoutLines {
            // A message, or a batch of messages (protocol 2025-03-26 allows batches).
            let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            let messages = (parsed as? [[String: Any]]) ?? [(parsed as? [String: Any]) ?? [:]]
            #expect(
                !messages.isEmpty && messages.allSatisfy { $0["jsonrpc"] as? String == "2.0" },
                "stdout line is not JSON-RPC: \(line.prefix(200))", sourceLocation: sourceLocation)
        }
        let stdoutText = stdoutLines.joined(separator: "\n")
        let stderrText = stderr
        for secret in secrets + extraSecrets.filter({ !$0.isEmpty }) {
            #expect(!stderrText.contains(secret), "a secret appeared on stderr", sourceLocation: sourceLocation)
            if !allowed.contains(secret) {
                #expect(!stdoutText.contains(secret), "a secret appeared on stdout", sourceLocation: sourceLocation)
            }
        }
    }

    /// Compares ids as JSON text, so 1 and "1" differ and number bridging cannot blur them.
    static func sameID(_ found: Any?, _ wanted: Any) -> Bool {
        func json(_ value: Any?) -> String? {
            guard let value,
                let data = try? JSONSerialization.data(withJSONObject: [value], options: [.fragmentsAllowed])
            else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        guard let found = json(found) else { return false }
        return found == json(wanted)
    }
}

/// A stdout line parsed once. `@unchecked Sendable`: the dictionary is never mutated after parsing.
struct ParsedLine: @unchecked Sendable {
    let object: [String: Any]?
}

enum ServerProcessError: Error, CustomStringConvertible {
    case timedOut(String)
    case protocolError(String)

    var description: String {
        switch self {
        case .timedOut(let text), .protocolError(let text): return text
        }
    }
}

/// A `tools/call` result as the client sees it.
struct ToolResult {
    let raw: [String: Any]
    /// The same result as the SDK's `Value`, for schema checks.
    let exact: Value?

    /// Violations of `tool`'s outputSchema by structuredContent (none expected).
    func schemaViolations(_ tool: Value?) -> [String] {
        guard let schema = tool?.objectValue?["outputSchema"],
            let structured = exact?.objectValue?["structuredContent"]
        else { return ["no outputSchema or no structuredContent"] }
        return SchemaValidator.violations(of: structured, against: schema)
    }

    var isError: Bool { raw["isError"] as? Bool ?? false }
    var structured: [String: Any]? { raw["structuredContent"] as? [String: Any] }
    var content: [[String: Any]] { raw["content"] as? [[String: Any]] ?? [] }
    var text: String { content.first?["text"] as? String ?? "" }

    /// The content item after the text one: where an attachment's bytes travel.
    var attachmentItem: [String: Any]? { content.count > 1 ? content[1] : nil }

    /// The attachment's bytes from its content item: an image's `data`, a resource's `blob`,
    /// or a text resource's `text` as UTF-8 (the bytes of a UTF-8 file).
    var attachmentBytes: Data? {
        guard let item = attachmentItem else { return nil }
        if item["type"] as? String == "image" { return Data(base64Encoded: item["data"] as? String ?? "") }
        let resource = item["resource"] as? [String: Any]
        if let blob = resource?["blob"] as? String { return Data(base64Encoded: blob) }
        return (resource?["text"] as? String).map { Data($0.utf8) }
    }

    /// The text item, parsed: it must say the same as structuredContent.
    var textAsJSON: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
