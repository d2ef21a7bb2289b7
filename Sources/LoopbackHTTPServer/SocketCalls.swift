#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX socket calls, so that EINTR, partial writes, SIGPIPE and the
/// platform differences are handled once, here, and nowhere else.
enum SocketCalls {
    /// A TCP socket listening on 127.0.0.1 at a port the kernel picked.
    static func listenOnLoopback() throws(LoopbackHTTPServerError) -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, streamSocketType, 0)
        guard descriptor >= 0 else { throw failure("socket") }
        do throws(LoopbackHTTPServerError) {
            markCloseOnExec(descriptor)
            var reuse: Int32 = 1
            _ = setsockopt(
                descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            #if canImport(Darwin)
                address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
            #endif
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw failure("bind") }
            guard listen(descriptor, 128) == 0 else { throw failure("listen") }
            // Non-blocking so that a connection that vanishes between poll() and accept()
            // cannot park the accept thread where stop() would not reach it.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    getsockname(descriptor, $0, &length)
                }
            }
            guard named == 0 else { throw failure("getsockname") }
            return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
        } catch {
            closeDescriptor(descriptor)
            throw error
        }
    }

    enum AcceptOutcome {
        case connection(Int32)
        /// Nothing to accept after all (the client gave up between poll and accept).
        case nothingPending
        case listenerFailed
    }

    /// Takes one pending connection from the non-blocking listener; the connection itself is
    /// blocking, because each one has a thread of its own.
    static func acceptConnection(on listener: Int32) -> AcceptOutcome {
        while true {
            // Glibc's module does not export accept4(), so close-on-exec is set right after;
            // the window in which a concurrent fork could inherit the socket is tiny.
            let client = accept(listener, nil, nil)
            if client >= 0 {
                markCloseOnExec(client)
                #if canImport(Darwin)
                    // Darwin hands the listener's O_NONBLOCK down to accepted sockets.
                    _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) & ~O_NONBLOCK)
                #endif
            }
            if client >= 0 {
                configureConnection(client)
                return .connection(client)
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK, ECONNABORTED, EPROTO:
                return .nothingPending
            case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                // Out of descriptors for now: back off instead of spinning or giving up.
                usleep(10_000)
                return .nothingPending
            default:
                return .listenerFailed
            }
        }
    }

    /// Reads what is available, retrying on EINTR: a count, 0 at end of stream, nil on error.
    static func receive(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = recv(descriptor, buffer.baseAddress, buffer.count, 0)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Writes every byte or reports failure; a peer that went away is a failure, not a SIGPIPE.
    static func sendAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = send(
                descriptor, bytes.baseAddress! + offset, bytes.count - offset, noSignalFlag)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    enum PeerState {
        case closed
        case sentData
        case quiet
    }

    /// Looks at the connection without consuming anything, waiting at most `milliseconds`.
    static func peerState(of descriptor: Int32, waitingAtMost milliseconds: Int32) -> PeerState {
        var watch = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&watch, 1, milliseconds)
        guard ready > 0 else { return .quiet }
        var byte: UInt8 = 0
        let peeked = recv(descriptor, &byte, 1, Int32(MSG_PEEK) | Int32(MSG_DONTWAIT))
        if peeked > 0 { return .sentData }
        if peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return .quiet }
        return .closed
    }

    /// Wakes every thread blocked on the socket (accept, recv, send) without freeing the
    /// descriptor number, so that it cannot be reused under a thread that still holds it.
    static func shutDown(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Sends FIN while leaving the receiving side open, for a graceful close.
    static func shutDownWriting(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }

    /// True when reading would not block (data, end of stream or an error are all "readable").
    static func waitForReadable(_ descriptor: Int32, waitingAtMost milliseconds: Int32) -> Bool {
        var watch = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&watch, 1, milliseconds) > 0
    }

    static func closeDescriptor(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// A pipe whose read end the accept loop polls next to the listener: writing one byte is a
    /// wake-up that works on every platform, unlike shutdown() of a listening socket on Darwin.
    static func makeWakePipe() throws(LoopbackHTTPServerError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw failure("pipe") }
        markCloseOnExec(ends[0])
        markCloseOnExec(ends[1])
        return (ends[0], ends[1])
    }

    static func signal(wakePipe descriptor: Int32) {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Waits until the listener has a connection (true) or the wake pipe fired (false).
    static func waitForConnection(on listener: Int32, orWake wake: Int32) -> Bool {
        var watched = [
            pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&watched, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { return false }
            if watched[1].revents != 0 { return false }
            return true
        }
    }

    private static func markCloseOnExec(_ descriptor: Int32) {
        // A child process (the end-to-end tests spawn the binary) must not inherit our sockets,
        // or a connection would stay open after we close it.
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    private static func configureConnection(_ descriptor: Int32) {
        // A response written as head then body must not wait for the client's delayed ACK.
        var on: Int32 = 1
        _ = setsockopt(
            descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
            _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    private static func failure(_ operation: String) -> LoopbackHTTPServerError {
        LoopbackHTTPServerError(operation: operation, errorNumber: errno)
    }

    #if canImport(Darwin)
        private static let streamSocketType = SOCK_STREAM
        // Darwin has no MSG_NOSIGNAL; SO_NOSIGPIPE is set on each accepted socket instead.
        private static let noSignalFlag: Int32 = 0
    #else
        private static let streamSocketType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        private static let noSignalFlag = Int32(MSG_NOSIGNAL)
    #endif
}
