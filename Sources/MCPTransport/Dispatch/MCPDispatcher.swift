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

    /// The answer to `request` as the pieces of one JSON object (a result can be tens of
    /// megabytes, so it is not copied into a single buffer); nil when the request was cancelled.
    public func answer(_ request: MCPRequest) async -> [Data]? {
        guard let handler = handlers[request.method] else {
            return [
                JSONRPCError(code: -32601, message: "Method not found: Unknown method: \(request.method)")
                    .answer(id: request.id)
            ]
        }
        do {
            let result = try await handler(request)
            return [Data(#"{"jsonrpc":"2.0","id":\#(request.id.json),"result":"#.utf8), result, Data("}".utf8)]
        } catch is CancellationError {
            return nil
        } catch let error as JSONRPCError {
            return [error.answer(id: request.id)]
        } catch let error as MCPError {
            return [JSONRPCError(error).answer(id: request.id)]
        } catch {
            logger.error("method handler failed", metadata: ["method": "\(request.method)", "error": "\(error)"])
            return [JSONRPCError.internalError.answer(id: request.id)]
        }
    }
}
