// gmail_fetch_mails with max_results 50, format metadata, against the fake Gmail with added
// latency per upstream request: wall time per call and upstream HTTP requests per call.
//
//   swift build -c release && .build/release/gmail-mcp-benchmark [--latency-ms 50] [--runs 10]
//
// It prints figures and asserts nothing.
import Foundation
import GoogleSandbox

struct Options {
    var binary = ".build/release/gmail-mcp"
    var latencyMilliseconds = 50
    var runs = 10
    var maxResults = 50

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            let value = iterator.next() ?? ""
            switch flag {
            case "--binary": binary = value
            case "--latency-ms": latencyMilliseconds = Int(value) ?? latencyMilliseconds
            case "--runs": runs = Int(value) ?? runs
            case "--max-results": maxResults = Int(value) ?? maxResults
            default: fatalError("unknown option \(flag)")
            }
        }
    }
}

/// A blocking newline-delimited JSON-RPC client over the server's pipes.
final class StdioSession {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private var nextID = 1

    init(binary: String, environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: binary)
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func call(_ method: String, _ params: [String: Any]) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        let message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: message) + Data("\n".utf8))
        while true {
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if let answer = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                    (answer["id"] as? Int) == id
                {
                    return answer
                }
            }
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw NSError(domain: "server closed stdout", code: 1) }
            buffer.append(chunk)
        }
    }

    func close() {
        try? input.fileHandleForWriting.close()
        while process.isRunning { usleep(10_000) }
    }
}

let options = Options(CommandLine.arguments)
let fake = try FakeGoogle(seedSandboxAccount: false)
fake.registerClient(id: "bench.apps.googleusercontent.com", secret: "bench-secret")
let refreshToken = fake.issueRefreshToken(
    clientID: "bench.apps.googleusercontent.com", scopes: ["https://www.googleapis.com/auth/gmail.readonly"])
for index in 0..<(options.maxResults + 10) {
    let source = """
        From: Sender \(index) <s\(index)@example.com>\r
        To: me@example.com\r
        Subject: Message number \(index)\r
        Date: Mon, 2 Nov 2026 10:00:00 +0000\r
        MIME-Version: 1.0\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        Body \(index)\r

        """
    fake.deliver(
        raw: Data(source.utf8), labelIds: ["INBOX"],
        internalDate: Date(timeIntervalSince1970: 1_790_000_000 + Double(index)))
}
let session = try StdioSession(
    binary: options.binary,
    environment: [
        "CLIENT_ID": "bench.apps.googleusercontent.com", "CLIENT_SECRET": "bench-secret", "REFRESH_TOKEN": refreshToken,
        "GOOGLE_TOKEN_URL": fake.tokenURL, "GMAIL_API_URL": fake.baseURL, "PEOPLE_API_URL": fake.baseURL,
        "GMAIL_MCP_LOG_LEVEL": "error",
    ])
_ = try session.call(
    "initialize",
    [
        "protocolVersion": "2025-06-18", "capabilities": [:] as [String: Any],
        "clientInfo": ["name": "bench", "version": "1"],
    ])
let arguments: [String: Any] = ["max_results": options.maxResults, "format": "metadata"]
// Warm-up: the token grant and the first connection are not what is measured.
_ = try session.call("tools/call", ["name": "gmail_fetch_mails", "arguments": arguments])
fake.setLatency(.milliseconds(options.latencyMilliseconds))

var wallTimes: [Double] = []
var upstream: [Int] = []
for _ in 0..<options.runs {
    let before = fake.httpRequests
    let started = ContinuousClock.now
    let answer = try session.call("tools/call", ["name": "gmail_fetch_mails", "arguments": arguments])
    let elapsed = ContinuousClock.now - started
    let result = answer["result"] as? [String: Any]
    let count = ((result?["structuredContent"] as? [String: Any])?["messages"] as? [Any])?.count ?? -1
    precondition(count == options.maxResults, "expected \(options.maxResults) messages, got \(count): \(answer)")
    wallTimes.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    upstream.append(fake.httpRequests - before)
}
session.close()
fake.stop()

wallTimes.sort()
print(
    "gmail_fetch_mails max_results=\(options.maxResults) format=metadata, \(options.latencyMilliseconds) ms added per upstream request, \(options.runs) runs"
)
print(
    String(
        format: "wall time: median %.1f ms, min %.1f ms, max %.1f ms", wallTimes[wallTimes.count / 2], wallTimes.first!,
        wallTimes.last!))
print("upstream HTTP requests per call: \(Set(upstream).sorted().map(String.init).joined(separator: ", "))")
print(
    "a serial client (list + one GET per message) would need \(options.maxResults + 1) round trips, at least \((options.maxResults + 1) * options.latencyMilliseconds) ms"
)
