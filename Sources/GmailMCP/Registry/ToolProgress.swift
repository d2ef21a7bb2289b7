import Foundation
import HTTP
import MCP
import Synchronization

/// `notifications/progress` for one tool call whose request carried a `progressToken`: the
/// work reports how far it is, and this decides what reaches the client. Only work that moves
/// more than 1 MiB is reported (smaller calls end before a progress bar could help); at most
/// ten notifications a second; `progress` only rises (a retried upload starts again from zero,
/// which the client never sees); the final count always goes out. Reports may come from any
/// thread (libcurl's), so the state sits behind a lock and sending never blocks.
public final class ToolProgress: Sendable {
    /// The contract's threshold: calls that move more than this report progress.
    public static let minimumReportedBytes = 1 << 20
    static let minimumInterval: Duration = .milliseconds(100)

    private struct State {
        var lastProgress = -1
        var lastSent: ContinuousClock.Instant?
        var finished = false
    }

    private let token: Value
    private let send: @Sendable (Data) -> Void
    private let state = Mutex(State())

    /// - Parameter send: writes one notification line (the transport drops it once the call
    ///   is answered or cancelled).
    public init(token: Value, send: @escaping @Sendable (Data) -> Void) {
        self.token = token
        self.send = send
    }

    /// The request's `params._meta.progressToken` (a string or an integer), if it has one.
    public static func token(in params: Value?) -> Value? {
        guard case .object(let object)? = params, case .object(let meta)? = object["_meta"] else { return nil }
        switch meta["progressToken"] {
        case .string(let text)? where !text.isEmpty: return .string(text)
        case .int(let number)?: return .int(number)
        default: return nil
        }
    }

    /// `completed` of `total` units (bytes); sent when the work is large enough, the count rose,
    /// and either the interval passed or the work is done.
    public func report(completed: Int, total: Int?) {
        let size = max(total ?? 0, completed)
        guard size > Self.minimumReportedBytes else { return }
        let now = ContinuousClock.now
        let shouldSend = state.withLock { state -> Bool in
            guard !state.finished, completed > state.lastProgress else { return false }
            let done = total.map { completed >= $0 } ?? false
            if !done, let last = state.lastSent, now - last < Self.minimumInterval { return false }
            state.lastProgress = completed
            state.lastSent = now
            return true
        }
        if shouldSend { send(Self.notification(token: token, progress: completed, total: total)) }
    }

    /// An observer for an upload: the request body's bytes out of its size.
    public var upload: @Sendable (HTTPTransferProgress) -> Void {
        { [self] moved in report(completed: moved.bytesSent, total: moved.totalBytesToSend) }
    }

    /// An observer for a download: the answer's bytes in, of its Content-Length when known.
    public var download: @Sendable (HTTPTransferProgress) -> Void {
        { [self] moved in report(completed: moved.bytesReceived, total: moved.totalBytesToReceive) }
    }

    /// The call is over: nothing more is sent, whatever a late callback reports.
    public func finish() {
        state.withLock { $0.finished = true }
    }

    static func notification(token: Value, progress: Int, total: Int?) -> Data {
        var params: [String: Value] = ["progressToken": token, "progress": .int(progress)]
        if let total { params["total"] = .int(total) }
        let message: Value = .object([
            "jsonrpc": "2.0", "method": "notifications/progress", "params": .object(params),
        ])
        return Data(JSONText.encode(message).utf8)
    }
}
