import Foundation
import Logging
import MCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The MCPTransport module: how MCP messages reach the server and answers leave it — line
/// framing, the ledger that makes every request read get exactly one answer, shutdown and
/// cancellation. It knows JSON-RPC and MCP's envelope, never a tool or a Google module.
///
/// The stdio transport the server runs on, in place of the SDK's `StdioTransport`.
///
/// It fixes what the SDK's transport and server get wrong for this contract: a line that is not
/// JSON is answered with `-32700` and `"id": null` (the SDK invents an id); invalid requests get
/// `-32600` here before the SDK can misread them; stdin and stdout keep their blocking flags; and
/// a ledger of unanswered requests lets the process answer everything it read before exiting.
public actor StdioLineTransport: Transport {
    /// Answers one method without the SDK: gets the request's params, returns the JSON of its
    /// `result`. Throwing `MCPError` gives a JSON-RPC error; `CancellationError` gives no answer.
    /// `notify` writes a notification line about the request (progress) while it is unanswered;
    /// it may be called from any thread and never blocks.
    public typealias DirectHandler = @Sendable (_ params: Value?, _ notify: @escaping Notify) async throws -> Data
    public typealias Notify = @Sendable (_ line: Data) -> Void

    public nonisolated let logger: Logger
    private let directHandlers: [String: DirectHandler]
    private let directCalls = DirectCalls()
    private let reader: StdinLineReader
    private let writer: StdoutWriter
    private let ledger = RequestLedger()
    private let stream: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private let inputEnded = AsyncStream<Void>.makeStream()
    private var connected = false

    /// - Parameter directHandlers: methods answered here instead of by the SDK's server. The SDK
    ///   round-trips every request and result through JSON twice (to reach its typed handlers and
    ///   back to `Value`), which for a tool result carrying an attachment multiplies memory.
    public init(
        input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger,
        directHandlers: [String: DirectHandler] = [:]
    ) {
        self.logger = logger
        self.directHandlers = directHandlers
        self.reader = StdinLineReader(descriptor: input)
        self.writer = StdoutWriter(descriptor: output)
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    public func connect() async throws {
        guard !connected else { return }
        connected = true
        let ledger = self.ledger
        let writer = self.writer
        let continuation = self.continuation
        let ended = inputEnded.continuation
        let logger = self.logger
        reader.start { [self] event in
            switch event {
            case .line(let line):
                route(line, ledger: ledger, writer: writer, continuation: continuation, logger: logger)
            case .oversized(let size):
                logger.warning("message too large", metadata: ["bytes": "\(size)"])
                writer.enqueue(
                    line: Self.errorLine(
                        id: nil, code: -32600,
                        message: "Invalid Request: message of \(size) bytes is larger than the "
                            + "\(StdinLineReader.maximumLineBytes >> 20) MiB limit"))
            case .endOfInput:
                logger.debug("end of input")
                continuation.finish()
                ended.yield()
                ended.finish()
            }
        }
    }

    /// Runs on the reader thread, in input order.
    private nonisolated func route(
        _ line: Data, ledger: RequestLedger, writer: StdoutWriter,
        continuation: AsyncThrowingStream<Data, any Error>.Continuation, logger: Logger
    ) {
        switch JSONRPCLine.classify(line) {
        case .request(let id, let method, let params):
            ledger.opened([id])
            if let handler = directHandlers[method] {
                directCalls.start(id) { await self.answerDirectly(id, handler: handler, params: params) }
            } else {
                continuation.yield(line)
            }
        case .forward(let ids):
            ledger.opened(ids)
            continuation.yield(line)
        case .notification(let cancels):
            if let cancels {
                ledger.cancelled(cancels)
                directCalls.cancel(cancels)
            }
            continuation.yield(line)
        case .response:
            continuation.yield(line)
        case .reject(let id, let code, let message):
            logger.info("rejected a message", metadata: ["code": "\(code)"])
            writer.enqueue(line: Self.errorLine(id: id, code: code, message: message))
        }
    }

    private nonisolated func answerDirectly(_ id: RequestKey, handler: DirectHandler, params: Value?) async {
        let parts: [Data]
        let ledger = self.ledger
        let writer = self.writer
        let notify: Notify = { line in ledger.whileOwed(id) { writer.enqueue(line: line) } }
        do {
            let result = try await handler(params, notify)
            parts = [Data(#"{"jsonrpc":"2.0","id":\#(id.json),"result":"#.utf8), result, Data("}".utf8)]
        } catch is CancellationError {
            return  // cancelled by the client: the MCP spec says no answer follows
        } catch let error as MCPError {
            parts = [Self.errorLine(id: id, code: error.code, message: error.localizedDescription)]
        } catch {
            logger.error("direct handler failed", metadata: ["error": "\(error)"])
            parts = [Self.errorLine(id: id, code: -32603, message: "Internal error")]
        }
        await deliver(parts, answering: id)
    }

    /// Claim and enqueue in one actor turn, as in `send`: `finish` sees the answer either queued or
    /// still owed.
    private func deliver(_ parts: [Data], answering id: RequestKey) async {
        guard ledger.claim([id]) else { return }
        let ledger = self.ledger
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            writer.enqueue(parts: parts) {
                ledger.written([id])
                continuation.resume()
            }
        }
    }

    public func disconnect() async {
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        guard case .responses(let ids) = ResponseIDScanner.scan(data) else {
            await writer.write(line: data)
            return
        }
        guard ledger.claim(ids) else { return }
        // Claim and enqueue happen in one actor turn, so `finish` (on this actor too) either sees
        // the answer queued or still owed, never lost in between; the ledger settles only once
        // the line is written, so a drain cannot end before it.
        let ledger = self.ledger
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            writer.enqueue(line: data) {
                ledger.written(ids)
                continuation.resume()
            }
        }
    }

    public func receive() -> AsyncThrowingStream<Data, any Error> {
        stream
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
            for id in owed {
                await writer.write(
                    line: Self.errorLine(
                        id: id, code: -32603, message: "The server is shutting down; the request was not completed."))
            }
        }
        writer.flush()
    }

    static func errorLine(id: RequestKey?, code: Int, message: String) -> Data {
        let messageJSON = (try? JSONEncoder().encode(message)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        let text = #"{"jsonrpc":"2.0","id":\#(id?.json ?? "null"),"error":{"code":\#(code),"message":\#(messageJSON)}}"#
        return Data(text.utf8)
    }
}
