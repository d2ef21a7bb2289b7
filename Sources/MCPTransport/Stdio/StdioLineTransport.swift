import Foundation
import Logging
import MCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The MCPTransport module: how MCP messages reach the server and answers leave it — JSON-RPC
/// parsing, the one dispatch path every request takes (`MCPDispatcher`), line framing, the
/// ledger that makes every request read get exactly one answer, shutdown and cancellation. It
/// knows JSON-RPC and MCP's envelope, never a tool or a Google module. A second transport
/// (Streamable HTTP) parses with `JSONRPCLine` and answers through the same dispatcher.
///
/// The stdio transport: newline-delimited JSON-RPC on stdin and stdout.
///
/// It replaces the SDK's `StdioTransport` and `Server`, which get this contract wrong: a line
/// that is not JSON must be answered with `-32700` and `"id": null` (the SDK invents an id); a
/// batch's members must run concurrently and be cancellable one by one (the SDK runs them one
/// after another inside its receive loop); stdin and stdout keep their blocking flags; and a
/// ledger of unanswered requests lets the process answer everything it read before exiting.
public actor StdioLineTransport {
    public nonisolated let logger: Logger
    private let dispatcher: MCPDispatcher
    private let running = RunningRequests()
    private let reader: StdinLineReader
    private let writer: StdoutWriter
    private let ledger = RequestLedger()
    private let inputEnded = AsyncStream<Void>.makeStream()
    private var started = false

    public init(
        dispatcher: MCPDispatcher, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger
    ) {
        self.logger = logger
        self.dispatcher = dispatcher
        self.reader = StdinLineReader(descriptor: input)
        self.writer = StdoutWriter(descriptor: output)
    }

    /// Starts reading stdin; requests are answered as they arrive.
    public func start() {
        guard !started else { return }
        started = true
        let ended = inputEnded.continuation
        reader.start { [self] event in
            switch event {
            case .line(let line):
                route(line)
            case .oversized(let size):
                logger.warning("message too large", metadata: ["bytes": "\(size)"])
                writer.enqueue(
                    line: JSONRPCError(
                        code: -32600,
                        message: "Invalid Request: message of \(size) bytes is larger than the "
                            + "\(StdinLineReader.maximumLineBytes >> 20) MiB limit"
                    ).answer(id: nil))
            case .endOfInput:
                logger.debug("end of input")
                ended.yield()
                ended.finish()
            }
        }
    }

    /// Runs on the reader thread, in input order: what the ledger must know (a request opened, a
    /// cancellation) is recorded before the next line is read.
    private nonisolated func route(_ line: Data) {
        switch JSONRPCLine.classify(line) {
        case .single(let message):
            switch message {
            case .request(let id, let method, let params):
                ledger.opened([id])
                running.start(id) {
                    let answer = await self.dispatcher.answer(self.request(id, method, params))
                    if let answer { await self.deliver(answer.pieces, answering: [id]) }
                }
            case .notification(_, let cancels):
                cancel(cancels)
            case .response:
                break
            case .invalid(let id, let error):
                logger.info("rejected a message", metadata: ["code": "\(error.code)"])
                writer.enqueue(line: error.answer(id: id))
            }
        case .batch(let members):
            routeBatch(members)
        case .refused(let error):
            logger.info("rejected a message", metadata: ["code": "\(error.code)"])
            writer.enqueue(line: error.answer(id: nil))
        }
    }

    /// Every request of the batch starts at once, as a request of its own (cancellable, with its
    /// own progress); the batch is answered as one array when the last of them is done.
    private nonisolated func routeBatch(_ members: [JSONRPCMessage]) {
        var requests: [(slot: Int, id: RequestKey, method: String, params: Value?)] = []
        var invalid: [(slot: Int, id: RequestKey?, error: JSONRPCError)] = []
        var slots = 0
        for member in members {
            switch member {
            case .request(let id, let method, let params):
                requests.append((slots, id, method, params))
                slots += 1
            case .invalid(let id, let error):
                invalid.append((slots, id, error))
                slots += 1
            case .notification(_, let cancels):
                cancel(cancels)
            case .response:
                break
            }
        }
        guard slots > 0 else { return }
        ledger.opened(requests.map(\.id))
        let batch = BatchAnswer(slots: slots) { parts, ids in
            Task { await self.deliver(parts, answering: ids) }
        }
        for member in invalid {
            batch.finish(slot: member.slot, id: member.id, answer: [member.error.answer(id: member.id)])
        }
        for member in requests {
            running.start(member.id) {
                let answer = await self.dispatcher.answer(self.request(member.id, member.method, member.params))
                batch.finish(slot: member.slot, id: member.id, answer: answer?.pieces)
            }
        }
    }

    private nonisolated func request(_ id: RequestKey, _ method: String, _ params: Value?) -> MCPRequest {
        let ledger = self.ledger
        let writer = self.writer
        return MCPRequest(id: id, method: method, params: params) { line in
            ledger.whileOwed(id) { writer.enqueue(line: line) }
        }
    }

    private nonisolated func cancel(_ id: RequestKey?) {
        guard let id else { return }
        ledger.cancelled(id)
        running.cancel(id)
    }

    /// Claim and enqueue in one actor turn, as `finish` runs on this actor too: it sees the answer
    /// either queued or still owed, never lost in between. The ledger settles only once the line
    /// is written, so a drain cannot end before it.
    private func deliver(_ parts: [Data], answering ids: [RequestKey]) async {
        if ids.isEmpty {
            writer.enqueue(parts: parts)  // a batch of invalid members only: nothing was owed
            return
        }
        guard ledger.claim(ids) else { return }
        let ledger = self.ledger
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            writer.enqueue(parts: parts) {
                ledger.written(ids)
                continuation.resume()
            }
        }
    }

    /// Returns when stdin reaches end of file.
    public nonisolated func waitForEndOfInput() async {
        for await _ in inputEnded.stream { break }
    }

    /// Waits up to `limit` for every request read so far to be answered; whatever is still owed
    /// then gets an error answer from here, so no request goes unanswered.
    public func finish(within limit: Duration) async {
        let ledger = self.ledger
        // The group returns only when both children have ended, so the drain waiter is released
        // (by closeAll) inside it when time runs out.
        let owed = await withTaskGroup(of: Bool.self) { group -> [RequestKey] in
            group.addTask {
                await ledger.drained()
                return true
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let drained = await group.next() ?? false
            group.cancelAll()
            return drained ? [] : ledger.closeAll()
        }
        if !owed.isEmpty {
            logger.warning("answering unfinished requests at shutdown", metadata: ["count": "\(owed.count)"])
            let shuttingDown = JSONRPCError(
                code: -32603, message: "The server is shutting down; the request was not completed.")
            for id in owed {
                await writer.write(line: shuttingDown.answer(id: id))
            }
        }
        writer.flush()
    }
}
