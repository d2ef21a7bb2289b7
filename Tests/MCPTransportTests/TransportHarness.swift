import Foundation
import Logging
import MCPTransport
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `StdioLineTransport` on two real pipes, with the test writing its stdin and reading its
/// stdout line by line.
final class TransportHarness: Sendable {
    let transport: StdioLineTransport
    private let input: Int32
    private let output: Int32
    private let lines = Mutex<[String]>([])

    init(handlers: [String: MCPDispatcher.Handler]) async {
        var toServer: [Int32] = [0, 0]
        var fromServer: [Int32] = [0, 0]
        precondition(pipe(&toServer) == 0 && pipe(&fromServer) == 0)
        input = toServer[1]
        output = fromServer[0]
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        transport = StdioLineTransport(
            dispatcher: MCPDispatcher(handlers: handlers, logger: logger), input: toServer[0], output: fromServer[1],
            logger: logger)
        await transport.start()
        let readEnd = output
        let thread = Thread { [self] in
            let handle = FileHandle(fileDescriptor: readEnd, closeOnDealloc: false)
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                pending += chunk
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    lines.withLock { $0.append(line) }
                    pending = Data(pending[(newline + 1)...])
                }
            }
        }
        thread.start()
    }

    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            precondition(written > 0)
            offset += written
        }
    }

    private func closeInput() { close(input) }

    /// Ends input and lets the transport finish what it owes: every line it will ever write is
    /// in `received` afterwards.
    func endSession(within grace: Duration = .seconds(5)) async {
        closeInput()
        await transport.waitForEndOfInput()
        await transport.finish(within: grace)
    }

    var received: [String] { lines.withLock { $0 } }

    /// Every line parsed as JSON (objects and arrays), in the order written.
    var messages: [Any] { received.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } }

    /// Waits until `predicate` holds for the lines written so far.
    func waitFor(
        _ what: String, timeout: Duration = .seconds(10), _ predicate: ([Any]) -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !predicate(messages) {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting for \(what); got \(received)")
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// Lets a test hold handlers at a point and release them, and see how many got there.
final class Gate: Sendable {
    private struct State {
        var arrived = 0
        var open = false
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
        var cancelled: Set<UUID> = []
    }

    private let state = Mutex(State())

    var arrived: Int { state.withLock { $0.arrived } }

    /// Counts the caller as arrived and returns once the gate is open; a caller cancelled while
    /// it waits leaves at once with `CancellationError`.
    func pass() async throws {
        let key = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let goOn = state.withLock { state -> Bool in
                    state.arrived += 1
                    if state.open || state.cancelled.contains(key) { return true }
                    state.waiters[key] = continuation
                    return false
                }
                if goOn { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.cancelled.insert(key)
                return state.waiters.removeValue(forKey: key)
            }
            waiter?.resume()
        }
        try Task.checkCancellation()
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        waiters.forEach { $0.resume() }
    }
}
