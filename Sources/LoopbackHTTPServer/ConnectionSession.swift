import Foundation

/// Serves requests on one connection, one after another, until either side ends it.
struct ConnectionSession {
    let core: ServerCore
    let socket: Int32
    let connectionID: Int
    private var reader: ConnectionReader
    /// How long a closing connection waits for the client's FIN; see `closeGracefully()`.
    private static let lingerLimit: Duration = .seconds(2)

    init(core: ServerCore, socket: Int32, connectionID: Int) {
        self.core = core
        self.socket = socket
        self.connectionID = connectionID
        reader = ConnectionReader(descriptor: socket)
    }

    mutating func run() {
        while serveOneRequest() {}
    }

    /// True when the connection stays open for another request.
    private mutating func serveOneRequest() -> Bool {
        let head: RequestHead
        let body: Data
        do {
            head = try RequestParser.readHead(from: &reader)
            let framing = try RequestParser.bodyFraming(of: head)
            if head.hasUnsupportedExpectation {
                return answerAndClose(.text(417, "Unsupported Expect header.\n"))
            }
            if head.expectsContinue && framing != .none {
                guard ResponseWriter.writeContinue(to: socket) else { return false }
            }
            body = try RequestParser.readBody(framing, from: &reader)
        } catch {
            return answerFailure(error)
        }
        let request = HTTPServerRequest(
            method: head.method, target: head.target, headers: head.headers, body: body,
            connectionID: connectionID)
        core.state.withLock { $0.requestsServed += 1 }
        let response = core.handler(request)
        guard waitOut(response.delay) else { return false }
        let keepAlive = head.wantsKeepAlive && !ResponseWriter.asksToClose(response) && !core.isStopping
        let directive: ResponseWriter.ConnectionDirective =
            !keepAlive ? .close : head.minorVersion == 0 ? .keepAliveConfirmed : .keepAlive
        guard
            ResponseWriter.write(
                response, to: socket, omittingBody: head.method == "HEAD", directive: directive)
        else { return false }
        if !keepAlive { closeGracefully() }
        return keepAlive
    }

    /// A request we could not read properly: answer when there is someone to answer, then close,
    /// because after a framing error we no longer know where the next request starts.
    private func answerFailure(_ error: RequestReadError) -> Bool {
        switch error {
        case .connectionClosed:
            return false
        case .malformed, .lineTooLong:
            return answerAndClose(.text(400, "Malformed request.\n"))
        case .headTooLarge:
            return answerAndClose(.text(431, "Request header block exceeds 64 KiB.\n"))
        case .bodyTooLarge:
            return answerAndClose(.text(413, "Request body exceeds 100 MiB.\n"))
        case .versionNotSupported:
            return answerAndClose(.text(505, "Only HTTP/1.0 and HTTP/1.1 are supported.\n"))
        }
    }

    private func answerAndClose(_ response: HTTPServerResponse) -> Bool {
        if ResponseWriter.write(response, to: socket, omittingBody: false, directive: .close) {
            closeGracefully()
        }
        return false
    }

    /// Sleeps a handler's delay, but gives up as soon as the client hangs up or the server
    /// stops, so a test that times out does not leave a thread sleeping behind it.
    private func waitOut(_ delay: Duration) -> Bool {
        guard delay > .zero else { return true }
        let clock = ContinuousClock()
        let deadline = clock.now + delay
        // Once the client has sent more bytes (a pipelined request), peeking can no longer tell
        // a hang-up apart, so from then on just sleep.
        var watchingPeer = true
        while true {
            let remaining = deadline - clock.now
            if remaining <= .zero { return true }
            if core.isStopping { return false }
            let slice = min(remaining, .milliseconds(50))
            if watchingPeer {
                switch SocketCalls.peerState(of: socket, waitingAtMost: Self.roundedUpMilliseconds(slice)) {
                case .closed: return false
                case .sentData: watchingPeer = false
                case .quiet: break
                }
            } else {
                Thread.sleep(forTimeInterval: Double(Self.roundedUpMilliseconds(slice)) / 1000)
            }
        }
    }

    /// Sends our FIN, then drains what the client still sends until it closes too. Closing
    /// with unread bytes in the receive queue makes the kernel send a reset, which can destroy
    /// the response the client has not read yet (RFC 9112 section 9.6).
    private func closeGracefully() {
        SocketCalls.shutDownWriting(socket)
        let clock = ContinuousClock()
        let deadline = clock.now + Self.lingerLimit
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        while clock.now < deadline && !core.isStopping {
            let wait = Self.roundedUpMilliseconds(min(deadline - clock.now, .milliseconds(100)))
            guard SocketCalls.waitForReadable(socket, waitingAtMost: wait) else { continue }
            let received = scratch.withUnsafeMutableBytes { SocketCalls.receive(socket, into: $0) }
            guard let received, received > 0 else { return }
        }
    }

    private static func roundedUpMilliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(milliseconds, 0))
    }
}
