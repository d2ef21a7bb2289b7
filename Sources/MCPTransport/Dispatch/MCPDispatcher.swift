import Foundation
import Logging
import MCP

/// The one path every request takes to its answer: a table of method handlers, looked up by
/// name. Transports (stdio today, Streamable HTTP next) parse and frame; the dispatcher runs the
/// handler and turns what it returns or throws into the answer's bytes. A single request and
/// each member of a batch go through `answer` alike, so they run concurrently and each can be
/// cancelled and report progress on its own.
public struct MCPDispatcher: Sendable {
    /// Answers one method: returns the JSON of the answer's `result`. Throwing `JSONRPCError` or
    /// the SDK's `MCPError` gives a JSON-RPC error; `CancellationError` gives no answer at all,
    /// as MCP asks for a cancelled request.
    public typealias Handler = @Sendable (MCPRequest) async throws -> Data

    private let handlers: [String: Handler]
    private let logger: Logger

    public init(handlers: [String: Handler], logger: Logger) {
        self.handlers = handlers
        self.logger = logger
    }

    /// One answer: its bytes, and its error code when it is an error (over HTTP the code decides
    /// the status).
    public struct Answer: Sendable {
        /// The pieces of one JSON object (a result can be tens of megabytes, so it is not copied
        /// into a single buffer).
        public let pieces: [Data]
        public let errorCode: Int?
    }

    /// The answer to `request`; nil when the request was cancelled.
    public func answer(_ request: MCPRequest) async -> Answer? {
        guard let handler = handlers[request.method] else {
            return Self.failure(
                JSONRPCError(code: -32601, message: "Method not found: Unknown method: \(request.method)"), request)
        }
        do {
            let result = try await handler(request)
            return Answer(
                pieces: [Data(#"{"jsonrpc":"2.0","id":\#(request.id.json),"result":"#.utf8), result, Data("}".utf8)],
                errorCode: nil)
        } catch is CancellationError {
            return nil
        } catch let error as JSONRPCError {
            return Self.failure(error, request)
        } catch let error as MCPError {
            return Self.failure(JSONRPCError(error), request)
        } catch {
            logger.error("method handler failed", metadata: ["method": "\(request.method)", "error": "\(error)"])
            return Self.failure(.internalError, request)
        }
    }

    private static func failure(_ error: JSONRPCError, _ request: MCPRequest) -> Answer {
        Answer(pieces: [error.answer(id: request.id)], errorCode: error.code)
    }
}
