import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
import RawHTTPClient

@Suite("LoopbackHTTPServer delays, stopping and counters")
struct LoopbackLifecycleTests {
    @Test func startsOnAFreeLoopbackPort() throws {
        let first = try makeEchoServer()
        let second = try makeEchoServer()
        #expect(first.port > 0)
        #expect(first.port != second.port)
        #expect(first.baseURL == "http://127.0.0.1:\(first.port)")
        #expect(first.acceptedConnections == 0)
        #expect(first.openConnections == 0)
        #expect(first.requestsServed == 0)
    }

    @Test func delayedResponseArrivesAfterItsDelay() throws {
        let server = try makeEchoServer(delay: .milliseconds(400))
        let connection = try RawHTTPConnection(port: server.port)
        let (response, seconds) = try secondsElapsed { try connection.get("/slow") }
        #expect(response.status == 200)
        #expect(seconds >= 0.4)
        #expect(seconds < 3)
    }

    @Test func clientHangingUpDuringADelayDropsTheConnection() throws {
        let server = try makeEchoServer(delay: .seconds(30))
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET /never HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { server.requestsServed == 1 })
        connection.disconnect()
        // Far sooner than the 30 s delay: the server noticed the hang-up.
        #expect(eventually(within: 2) { server.openConnections == 0 })
        let (_, seconds) = secondsElapsed { server.stop() }
        #expect(seconds < 1)
    }

    @Test func openConnectionsCountsLiveSockets() throws {
        let server = try makeEchoServer()
        let first = try RawHTTPConnection(port: server.port)
        let second = try RawHTTPConnection(port: server.port)
        _ = try first.get("/")
        _ = try second.get("/")
        #expect(server.openConnections == 2)
        first.disconnect()
        #expect(eventually { server.openConnections == 1 })
        second.disconnect()
        #expect(eventually { server.openConnections == 0 })
        #expect(server.acceptedConnections == 2)
    }

    @Test func stopEndsIdleConnectionsAndRefusesNewOnes() throws {
        let server = try makeEchoServer()
        let idle = try RawHTTPConnection(port: server.port)
        _ = try idle.get("/")
        let silent = try RawHTTPConnection(port: server.port)
        #expect(eventually { server.acceptedConnections == 2 })
        server.stop()
        #expect(server.openConnections == 0)
        #expect(idle.serverClosed())
        #expect(silent.serverClosed())
        #expect(throws: RawHTTPError.self) { try RawHTTPConnection(port: server.port) }
        server.stop()
    }

    @Test func stopInterruptsAPendingDelay() throws {
        let server = try makeEchoServer(delay: .seconds(30))
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { server.requestsServed == 1 })
        let (_, seconds) = secondsElapsed { server.stop() }
        #expect(seconds < 1)
        #expect(connection.serverClosed())
    }

    @Test func stopFromInsideAHandlerDoesNotWaitForItself() throws {
        let serverBox = Mutex<LoopbackHTTPServer?>(nil)
        let server = try LoopbackHTTPServer { _ in
            let (_, seconds) = secondsElapsed { serverBox.withLock { $0 }?.stop() }
            return .text(200, String(seconds < 1))
        }
        serverBox.withLock { $0 = server }
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        // stop() shut the socket down before the answer could be written.
        #expect(connection.serverClosed())
        #expect(eventually { server.openConnections == 0 })
        serverBox.withLock { $0 = nil }
    }

    @Test func releasingTheServerStopsIt() throws {
        var server: LoopbackHTTPServer? = try makeEchoServer()
        let port = try #require(server?.port)
        let connection = try RawHTTPConnection(port: port)
        _ = try connection.get("/")
        server = nil
        #expect(connection.serverClosed())
        #expect(throws: RawHTTPError.self) { try RawHTTPConnection(port: port) }
    }
}
