import Dispatch
import Foundation
import Synchronization

/// The part of the server that its threads hold on to. The public `LoopbackHTTPServer` owns a
/// core but the threads never own the public object, so dropping the last reference to it
/// runs its deinit, which stops the threads.
final class ServerCore: Sendable {
    let port: Int
    let handler: @Sendable (HTTPServerRequest) -> HTTPServerResponse
    let state = Mutex(ServerState())
    /// Owned by the accept thread, which closes it on the way out.
    private let listener: Int32
    /// Closed in deinit, after every thread that might poll or write it has finished.
    private let wakePipe: (read: Int32, write: Int32)
    /// Entered by each thread as it starts and left as it ends, so stop() can wait for them.
    private let threads = DispatchGroup()
    /// Put in each of our threads' dictionaries, so stop() can tell it is running on one of
    /// them. (Thread names would do, but Linux truncates them to 15 bytes.)
    private let threadMarker: String
    private static let threadMarkerKey = "LoopbackHTTPServer.server"
    private static let stopWaitLimit: DispatchTimeInterval = .seconds(5)

    init(handler: @escaping @Sendable (HTTPServerRequest) -> HTTPServerResponse) throws {
        let listening = try SocketCalls.listenOnLoopback()
        do {
            wakePipe = try SocketCalls.makeWakePipe()
        } catch {
            SocketCalls.closeDescriptor(listening.descriptor)
            throw error
        }
        listener = listening.descriptor
        port = listening.port
        self.handler = handler
        threadMarker = "\(listening.port)-\(UInt.random(in: 0...UInt.max))"
    }

    deinit {
        SocketCalls.closeDescriptor(wakePipe.read)
        SocketCalls.closeDescriptor(wakePipe.write)
    }

    func startAccepting() {
        threads.enter()
        let thread = Thread { [self] in
            markCurrentThread()
            acceptLoop()
        }
        thread.name = "http-accept"
        thread.start()
    }

    var isStopping: Bool { state.withLock { $0.stopping } }

    /// Wakes every thread and waits (boundedly) for them to finish, except when called from one
    /// of them, which would otherwise wait for itself.
    func stop() {
        let firstCall = state.withLock { state in
            guard !state.stopping else { return false }
            state.stopping = true
            for socket in state.openSockets.values { SocketCalls.shutDown(socket) }
            return true
        }
        if firstCall { SocketCalls.signal(wakePipe: wakePipe.write) }
        if !isRunningOnOwnThread {
            _ = threads.wait(timeout: .now() + Self.stopWaitLimit)
        }
    }

    private func markCurrentThread() {
        Thread.current.threadDictionary[Self.threadMarkerKey] = threadMarker
    }

    private var isRunningOnOwnThread: Bool {
        Thread.current.threadDictionary[Self.threadMarkerKey] as? String == threadMarker
    }

    private func acceptLoop() {
        defer {
            SocketCalls.closeDescriptor(listener)
            threads.leave()
        }
        while SocketCalls.waitForConnection(on: listener, orWake: wakePipe.read) {
            switch SocketCalls.acceptConnection(on: listener) {
            case .nothingPending:
                continue
            case .listenerFailed:
                return
            case .connection(let socket):
                guard let connectionID = register(socket) else {
                    SocketCalls.closeDescriptor(socket)
                    return
                }
                startConnectionThread(socket: socket, connectionID: connectionID)
            }
        }
    }

    /// Numbers the connection and lists its socket, unless stop() got there first.
    private func register(_ socket: Int32) -> Int? {
        state.withLock { state in
            guard !state.stopping else { return nil }
            state.acceptedConnections += 1
            state.openSockets[state.acceptedConnections] = socket
            return state.acceptedConnections
        }
    }

    private func startConnectionThread(socket: Int32, connectionID: Int) {
        threads.enter()
        let thread = Thread { [self] in
            markCurrentThread()
            var session = ConnectionSession(core: self, socket: socket, connectionID: connectionID)
            session.run()
            state.withLock { _ = $0.openSockets.removeValue(forKey: connectionID) }
            SocketCalls.closeDescriptor(socket)
            threads.leave()
        }
        thread.name = "http-conn-\(connectionID % 10000)"
        thread.start()
    }
}
