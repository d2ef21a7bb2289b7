/// A small HTTP/1.1 server on 127.0.0.1 at a free port, for tests of HTTP clients and for the
/// fake Google. Blocking sockets, one accept thread, one thread per connection: simple enough
/// to trust when a test counts connections to prove that a client reuses them.
public final class LoopbackHTTPServer: Sendable {
    private let core: ServerCore

    /// Starts listening at once; `handler` runs on the connection's thread, once per request.
    public init(handler: @escaping @Sendable (HTTPServerRequest) -> HTTPServerResponse) throws {
        core = try ServerCore(handler: handler)
        core.startAccepting()
    }

    deinit {
        core.stop()
    }

    public var port: Int { core.port }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(core.port)" }

    /// Connections accepted since the start.
    public var acceptedConnections: Int { core.state.withLock { $0.acceptedConnections } }

    /// Connections whose socket is still open on our side.
    public var openConnections: Int { core.state.withLock { $0.openSockets.count } }

    /// Requests handed to the handler. Counted before the handler runs, so a client that has
    /// its response always sees its request counted.
    public var requestsServed: Int { core.state.withLock { $0.requestsServed } }

    /// Closes the listener and shuts down every open connection, then waits up to five seconds
    /// for the server's threads to finish (not when called from a handler). Idempotent.
    public func stop() {
        core.stop()
    }
}
