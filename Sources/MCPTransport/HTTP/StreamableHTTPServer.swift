import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The Streamable HTTP transport's server: Hummingbird (SwiftNIO) on `HOST:PORT`, answering
/// through `StreamableHTTPResponder`. SIGTERM and SIGINT stop it gracefully: no new
/// connections, the requests in flight answered (for up to `drainLimit`), then `run` returns.
public final class StreamableHTTPServer: Sendable {
    private let responder: StreamableHTTPResponder
    private let settings: HTTPTransportSettings
    private let logger: Logger
    /// How long a graceful stop may wait for requests in flight before they are cancelled.
    public let drainLimit: Duration

    public init(
        dispatcher: MCPDispatcher, settings: HTTPTransportSettings, logger: Logger, drainLimit: Duration = .seconds(10)
    ) {
        self.responder = StreamableHTTPResponder(dispatcher: dispatcher, settings: settings, logger: logger)
        self.settings = settings
        self.logger = logger
        self.drainLimit = drainLimit
    }

    /// Serves until a stop signal; `onListening` gets the port once the socket is bound (the
    /// chosen one when the settings ask for port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void) async throws {
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                onListening(channel.localAddress?.port ?? -1)
            },
            logger: logger)
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: application)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = drainLimit
        try await ServiceGroup(configuration: configuration).run()
    }
}
