import Foundation
import GoogleAuth
import HTTP
import Logging
import MCP
import MCPTransport

/// The GmailMCP module: the server — configuration read from the environment, the tool
/// registry and the tools grouped by domain (Tools/Mail, Sending, Drafts, People, Auth). It
/// joins the transport to the Google clients and is the only module that knows all of them.
///
/// Builds the method table, puts it on the stdio transport and serves until stdin ends or a
/// signal arrives. The SDK provides the protocol's types (`Tool`, `Value`, results); its `Server`
/// is not used (see `StdioLineTransport` for why).
public enum GmailMCPServer {
    public static let name = "gmail-mcp"
    public static let version = "0.1.0"

    static let instructions = """
        Gmail tools for one Google account. Failures come back as tool results whose text starts with a \
        stable code (auth_missing, auth_revoked, insufficient_scope, not_found, rate_limited, …) followed by \
        a sentence saying what to do.
        """

    /// The registry for a configuration: what `tools/list` shows and `tools/call` runs.
    public static func registry(for configuration: ServerConfiguration, http: HTTPClient, logger: Logger)
        -> ToolRegistry
    {
        let context = ToolContext(
            http: http, endpoints: configuration.endpoints, environmentCredentials: configuration.credentials,
            logger: logger, maxInlineBytes: configuration.maxInlineBytes,
            downloadDirectory: configuration.downloadDirectory)
        return ToolRegistry(definitions: ToolCatalog.implemented, selection: configuration.selection, context: context)
    }

    /// The method table every transport dispatches through.
    /// `era` is one per connection: the stdio process fixes it with its first request.
    static func dispatcher(registry: ToolRegistry, era: ProtocolEra, logger: Logger) -> MCPDispatcher {
        let methods = ServerMethods(
            registry: registry, serverInfo: Server.Info(name: name, version: version, title: "Gmail"),
            instructions: instructions, era: era)
        return MCPDispatcher(handlers: methods.handlers, logger: logger)
    }

    /// Serves MCP over stdin/stdout; returns the process exit code.
    public static func serveStdio(configuration: ServerConfiguration, logger: Logger) async -> Int32 {
        let http = HTTPClient()
        let registry = registry(for: configuration, http: http, logger: logger)
        let signals = ShutdownSignals()
        let transport = StdioLineTransport(
            dispatcher: dispatcher(registry: registry, era: ProtocolEra(fixedByFirstRequest: true), logger: logger),
            logger: logger)
        await transport.start()
        logger.info(
            "serving MCP on stdio",
            metadata: [
                "version": "\(version)", "tools": "\(registry.definitions.map(\.name).joined(separator: ","))",
                "credentials": "\(configuration.credentials)",
            ])

        let stop = await firstStopEvent(transport: transport, signals: signals)
        switch stop {
        case .endOfInput:
            // Every request read gets its answer; tool calls are bounded by their HTTP deadlines
            // and retry budgets, so this wait ends.
            await transport.finish(within: .seconds(300))
        case .signal(let number):
            logger.info("shutting down on signal", metadata: ["signal": "\(number)"])
            // The contract gives 2 s from the signal to exit: in-flight calls get one second to
            // finish, the rest is headroom for writing the answers on a loaded machine.
            await transport.finish(within: .seconds(1))
        }
        http.shutdown()
        logger.info("stopped")
        return 0
    }

    /// Serves MCP over Streamable HTTP until SIGTERM/SIGINT; returns the process exit code.
    /// `onListening` gets the bound port (the chosen one when `PORT=0`).
    public static func serveHTTP(
        configuration: ServerConfiguration, settings: HTTPTransportSettings, logger: Logger,
        onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) async -> Int32 {
        let http = HTTPClient()
        let registry = registry(for: configuration, http: http, logger: logger)
        // No sessions: every request is a connection of its own, so nothing fixes an era.
        let dispatcher = dispatcher(registry: registry, era: ProtocolEra(fixedByFirstRequest: false), logger: logger)
        if !HTTPServingConfiguration.isLoopback(settings.host), settings.bearerToken == nil {
            logger.warning(
                "listening beyond this machine without GMAIL_MCP_HTTP_TOKEN: anyone who reaches the port can use the mailbox, unless something in front authenticates",
                metadata: ["host": "\(settings.host)"])
        }
        let server = StreamableHTTPServer(dispatcher: dispatcher, settings: settings, logger: logger)
        var code: Int32 = 0
        do {
            try await server.run { port in
                logger.info(
                    "serving MCP over Streamable HTTP",
                    metadata: [
                        "url": "http://\(settings.host):\(port)\(settings.endpointPath)", "version": "\(version)",
                        "tools": "\(registry.definitions.map(\.name).joined(separator: ","))",
                        "credentials": "\(configuration.credentials)",
                    ])
                onListening(port)
            }
        } catch {
            logger.error("the HTTP server stopped", metadata: ["error": "\(error)"])
            code = 1
        }
        http.shutdown()
        logger.info("stopped")
        return code
    }

    private enum StopEvent: Sendable {
        case endOfInput
        case signal(Int32)
    }

    private static func firstStopEvent(transport: StdioLineTransport, signals: ShutdownSignals) async -> StopEvent {
        await withTaskGroup(of: StopEvent?.self) { group in
            group.addTask {
                await transport.waitForEndOfInput()
                return .endOfInput
            }
            group.addTask {
                guard let number = await signals.next() else { return nil }
                return .signal(number)
            }
            var result: StopEvent = .endOfInput
            for await event in group {
                if let event {
                    result = event
                    break
                }
            }
            group.cancelAll()
            return result
        }
    }
}
