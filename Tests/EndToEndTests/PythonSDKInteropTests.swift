import Foundation
import Synchronization
import Testing

/// The official MCP Python SDK against the real binary in sandbox mode, each pinned version in a
/// throwaway virtualenv: 1.30.0 as a strict-mode client (`Tests/Interop/strict_client.py` sends
/// every declared property of every tool, the unwanted ones empty, and checks that the server
/// treats them as absent: docs/tools.md, "Empty means absent"), and 2.3.0 in both its eras over
/// stdio and Streamable HTTP (`Tests/Interop/modern_client.py`). Needs python3 with venv and
/// PyPI; a missing one fails the test, since CI installs them (`Scripts/install-deps.sh`).
@Suite struct PythonSDKInteropTests {
    /// Exactly this SDK: the `initialize` handshake era. A 2.x SDK probes `server/discover` first.
    static let sdkRequirement = "mcp==1.30.0"

    static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Interop").appendingPathComponent(name).path
    }

    @Test(.timeLimit(.minutes(10)))
    func strictClientThroughTheOfficialPythonSDK() async throws {
        try await Self.withSDK(Self.sdkRequirement) { python in
            let checked = await Self.run(
                python, [Self.script("strict_client.py"), ServerProcess.binaryPath, "sandbox"], timeout: .seconds(180))
            Self.expectClean(checked, "strict_client.py")
        }
    }

    /// Exactly this SDK for both eras. Its `mcp.Client` in the default mode, `auto`, probes
    /// `server/discover` and speaks 2026-07-28 with no `initialize` when the answer is a
    /// DiscoverResult, else falls back to the handshake silently; so
    /// `Tests/Interop/modern_client.py` checks where it landed, in the session and on the wire,
    /// and the answer against the 2026-07-28 schema, which the probe applies only loosely.
    /// `legacy` is the `initialize` handshake (2025-11-25). Each era over both of the SDK's
    /// transports: `stdio`, and `http`, where the script starts `sandbox --http` on `PORT=0`
    /// itself, checks that no answer carries `Mcp-Session-Id`, and that SIGTERM ends it with 0.
    static let modernSDKRequirement = "mcp==2.3.0"

    @Test(.timeLimit(.minutes(10)))
    func bothErasThroughTheOfficialPythonSDK2() async throws {
        try await Self.withSDK(Self.modernSDKRequirement) { python in
            for mode in ["auto", "legacy"] {
                for transport in ["stdio", "http"] {
                    let checked = await Self.run(
                        python,
                        [Self.script("modern_client.py"), mode, transport, ServerProcess.binaryPath, "sandbox"],
                        timeout: .seconds(180))
                    Self.expectClean(checked, "modern_client.py \(mode) \(transport)")
                }
            }
        }
    }

    // MARK: Helpers

    /// Runs `body` with the python of a throwaway virtualenv holding exactly `requirement`
    /// (from PyPI), removed afterwards. A missing python3, venv or PyPI is a recorded issue.
    static func withSDK(_ requirement: String, _ body: (String) async throws -> Void) async throws {
        guard let python = executableOnPath("python3") else {
            Issue.record("python3 is not on PATH; install Python 3 with venv (Scripts/install-deps.sh)")
            return
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gmail-mcp-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let venv = folder.appendingPathComponent("venv").path

        let created = await run(python, ["-m", "venv", venv], timeout: .seconds(120))
        guard created.status == 0 else {
            let hint = "on Debian/Ubuntu install python3-venv (Scripts/install-deps.sh)"
            Issue.record("python3 -m venv failed (\(created.summary)); \(hint):\n\(created.output)")
            return
        }
        let venvPython = venv + "/bin/python"
        let installed = await run(
            venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement],
            timeout: .seconds(300))
        guard installed.status == 0 else {
            Issue.record("pip install \(requirement) failed (\(installed.summary)):\n\(installed.output)")
            return
        }
        try await body(venvPython)
    }

    /// A check script ends with "N passed, M failed" and exits 1 on any failed check. The
    /// server's stderr shares the pipe, so the verdict is looked for, not taken as the last line.
    static func expectClean(_ checked: Outcome, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let clean = checked.output.split(separator: "\n").contains { $0.hasSuffix(" passed, 0 failed") }
        #expect(
            checked.status == 0 && clean, "\(label): \(checked.summary)\n\(checked.output)",
            sourceLocation: sourceLocation)
    }

    static func executableOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Outcome {
        /// nil when the process did not start or ran past its time limit (then it is killed).
        let status: Int32?
        /// stdout and stderr, interleaved as written.
        let output: String
        let summary: String
    }

    /// Runs a program with the test's environment, stdout and stderr into one pipe, waiting
    /// without blocking the cooperative pool.
    static func run(_ executable: String, _ arguments: [String], timeout: Duration) async -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let collected = Mutex((data: Data(), closed: false))
        let started = ContinuousClock.now
        do {
            try process.run()
        } catch {
            return Outcome(status: nil, output: "", summary: "could not start \(executable): \(error)")
        }
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                collected.withLock { $0.data.append(chunk) }
            }
            collected.withLock { $0.closed = true }
        }
        let deadline = started + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        var timedOut = false
        if process.isRunning {
            timedOut = true
            process.terminate()
            while process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
        }
        let drainDeadline = ContinuousClock.now + .seconds(5)
        while !collected.withLock({ $0.closed }), ContinuousClock.now < drainDeadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        let output = String(decoding: collected.withLock { $0.data }, as: UTF8.self)
        let elapsed = (ContinuousClock.now - started).components
        let took = String(format: "%.1f s", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        let summary =
            timedOut
            ? "killed after the \(timeout) limit" : "exit status \(process.terminationStatus), took \(took)"
        return Outcome(status: timedOut ? nil : process.terminationStatus, output: output, summary: summary)
    }
}
