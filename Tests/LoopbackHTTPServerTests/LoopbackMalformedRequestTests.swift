import Foundation
import LoopbackHTTPServer
import Testing
import RawHTTPClient

@Suite("LoopbackHTTPServer refuses what it cannot frame")
struct LoopbackMalformedRequestTests {
    struct BadRequest: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: String
        let status: Int
        var testDescription: String { name }
    }

    static let badRequests: [BadRequest] = [
        BadRequest(name: "garbage request line", bytes: "HELLO\r\n\r\n", status: 400),
        BadRequest(
            name: "two spaces in request line", bytes: "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        BadRequest(name: "not HTTP", bytes: "GET / SPDY/3\r\n\r\n", status: 400),
        BadRequest(name: "relative target", bytes: "GET index.html HTTP/1.1\r\n\r\n", status: 400),
        BadRequest(name: "HTTP/2 line", bytes: "GET / HTTP/2.0\r\n\r\n", status: 505),
        BadRequest(
            name: "header without colon", bytes: "GET / HTTP/1.1\r\nHost x\r\n\r\n", status: 400),
        BadRequest(
            name: "space before colon", bytes: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", status: 400),
        BadRequest(
            name: "obsolete line folding", bytes: "GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n", status: 400),
        BadRequest(name: "bare CR", bytes: "GET / HTTP/1.1\r\nX-A: 1\r2\r\n\r\n", status: 400),
        BadRequest(
            name: "length and chunked together",
            bytes: "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            status: 400),
        BadRequest(
            name: "conflicting lengths",
            bytes: "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
            status: 400),
        BadRequest(
            name: "negative length", bytes: "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", status: 400),
        BadRequest(
            name: "unknown transfer coding", bytes: "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            status: 400),
        BadRequest(
            name: "bad chunk size", bytes: "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            status: 400),
        BadRequest(
            name: "chunk longer than announced",
            bytes: "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
            status: 400),
        BadRequest(
            name: "body over 100 MiB", bytes: "POST / HTTP/1.1\r\nContent-Length: 104857601\r\n\r\n",
            status: 413),
        BadRequest(
            name: "chunk over 100 MiB",
            bytes: "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n6400001\r\n", status: 413),
        BadRequest(
            name: "unmeetable expectation", bytes: "GET / HTTP/1.1\r\nExpect: magic\r\n\r\n", status: 417),
    ]

    @Test(arguments: badRequests)
    func refusedWithStatusThenClosed(_ bad: BadRequest) throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(bad.bytes)
        let response = try connection.readResponse()
        #expect(response.status == bad.status)
        #expect(response.header("Connection") == "close")
        #expect(connection.serverClosed())
        #expect(server.requestsServed == 0)
    }

    @Test func headerBlockOver64KiBGets431() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        let filler = String(repeating: "a", count: 1000)
        var request = "GET / HTTP/1.1\r\nHost: x\r\n"
        for index in 0..<70 { request += "X-Filler-\(index): \(filler)\r\n" }
        try connection.write(request + "\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 431)
        #expect(connection.serverClosed())
    }

    @Test func headerBlockJustUnder64KiBIsAccepted() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        let filler = String(repeating: "b", count: 1000)
        var request = "GET /big-head HTTP/1.1\r\nHost: x\r\n"
        for index in 0..<60 { request += "X-Filler-\(index): \(filler)\r\n" }
        try connection.write(request + "\r\n")
        #expect(try connection.readResponse().status == 200)
    }

    @Test func serverSurvivesAClientThatHangsUpMidRequest() throws {
        let server = try makeEchoServer()
        let quitter = try RawHTTPConnection(port: server.port)
        try quitter.write("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly part")
        quitter.disconnect()
        #expect(eventually { server.openConnections == 0 })
        #expect(try RawHTTPConnection(port: server.port).get("/fine").status == 200)
        #expect(server.requestsServed == 1)
    }
}
