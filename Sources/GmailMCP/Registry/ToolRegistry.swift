import GoogleAuth
import Logging
import MCP

/// The tools this process serves (after `GMAIL_MCP_READ_ONLY` and `GMAIL_MCP_TOOLS`), and the
/// one place a call turns into a result: arguments checked, errors rendered as `code: sentence`.
public struct ToolRegistry: Sendable {
    public let definitions: [ToolDefinition]
    private let context: ToolContext

    public init(definitions: [ToolDefinition], selection: ToolSelection, context: ToolContext) {
        self.definitions = definitions.filter { selection.includes($0) }
        self.context = context
    }

    public var tools: [Tool] { definitions.map(\.tool) }

    /// Runs a tool. An unknown name is a protocol error (-32602); everything that goes wrong
    /// inside the tool is an `isError` result. Cancellation propagates, so the SDK sends no
    /// answer for a cancelled call, as the MCP spec asks.
    /// `progress` reports to the client when the request carried a `progressToken`.
    public func call(
        name: String, arguments: [String: Value]?, progress: ToolProgress? = nil
    ) async throws -> CallTool.Result {
        guard let definition = definitions.first(where: { $0.name == name }) else {
            throw MCPError.invalidParams("Unknown tool: '\(name)'. tools/list names the tools this server offers.")
        }
        let args = ToolArguments(arguments)
        var context = self.context
        context.progress = progress
        defer { progress?.finish() }
        do {
            try args.rejectUnknown(allowed: definition.argumentNames)
            let output = try await definition.handler(args, context)
            return output.callResult()
        } catch let error as ToolError {
            return failure(error, tool: name)
        } catch let error as GoogleError {
            return failure(ToolError(error), tool: name)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.logger.error("tool failed unexpectedly", metadata: ["tool": "\(name)", "error": "\(error)"])
            return ToolOutput.failure(
                ToolError(.upstreamError, "unexpected failure: \(type(of: error))"))
        }
    }

    private func failure(_ error: ToolError, tool: String) -> CallTool.Result {
        context.logger.info("tool failed", metadata: ["tool": "\(tool)", "code": "\(error.code)"])
        return ToolOutput.failure(error)
    }
}
