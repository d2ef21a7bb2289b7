import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGTERM and SIGINT as an awaitable event, so shutdown runs as ordinary async code (answer
/// what was read, then exit 0) instead of inside a signal handler.
///
/// `@unchecked Sendable`: `sources` is set once in `init` and only held to keep the sources alive.
public final class ShutdownSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let event = AsyncStream<Int32>.makeStream()

    public init() {
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGTERM, SIGINT] {
            // The default action would kill the process before the answers are written.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let continuation = event.continuation
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Returns the first signal received.
    public func next() async -> Int32? {
        for await number in event.stream { return number }
        return nil
    }
}
