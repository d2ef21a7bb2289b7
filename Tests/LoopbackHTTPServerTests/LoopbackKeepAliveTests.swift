import Foundation
import LoopbackHTTPServer
import Testing
import RawHTTPClient

@Suite("LoopbackHTTPServer keep-alive and closing")
struct LoopbackKeepAliveTests {
    @Test func twoRequestsOnOneConnectionReuseIt() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        let first = try connection.get("/one")
        let second = try connection.get("/two")
        #expect(first.status == 200)
        #expect(first.header("X-Echo-Path") == "/one")
        #expect(second.header("X-Echo-Path") == "/two")
        #expect(first.header("X-Echo-Connection-ID") == "1")
        #expect(second.header("X-Echo-Connection-ID") == "1")
        #expect(first.header("Connection") == nil)
        #expect(server.acceptedConnections == 1)
        #expect(server.requestsServed == 2)
    }

    @Test func connectionIDsFollowAcceptOrder() throws {
        let server = try makeEchoServer()
        let first = try RawHTTPConnection(port: server.port).get("/")
        let second = try RawHTTPConnection(port: server.port).get("/")
        #expect(first.header("X-Echo-Connection-ID") == "1")
        #expect(second.header("X-Echo-Connection-ID") == "2")
        #expect(server.acceptedConnections == 2)
    }

    @Test func connectionCloseIsAnsweredThenClosed() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(response.header("Content-Length") == "0")
        #expect(connection.serverClosed())
        #expect(eventually { server.openConnections == 0 })
    }

    @Test func http10ClosesByDefault() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET /old HTTP/1.0\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(connection.serverClosed())
    }

    @Test func http10KeepAliveIsConfirmedAndKept() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let first = try connection.readResponse()
        try connection.write("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let second = try connection.readResponse()
        #expect(first.header("Connection") == "keep-alive")
        #expect(second.header("X-Echo-Path") == "/b")
        #expect(server.acceptedConnections == 1)
    }

    @Test func handlerCanAskToClose() throws {
        let server = try LoopbackHTTPServer { _ in
            HTTPServerResponse(status: 200, headers: [HeaderField(name: "Connection", value: "close")])
        }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.get("/")
        #expect(response.headerCount("Connection") == 1)
        #expect(response.header("Connection") == "close")
        #expect(connection.serverClosed())
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(
            "POST /1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                + "GET /2 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let responses = try (1...3).map { _ in try connection.readResponse() }
        #expect(responses.map { $0.header("X-Echo-Path") } == ["/1", "/2", "/3"])
        #expect(responses[0].text == "abc")
        #expect(connection.serverClosed())
        #expect(server.acceptedConnections == 1)
        #expect(server.requestsServed == 3)
    }

    @Test func strayEmptyLinesBeforeARequestAreIgnored() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("\r\n\r\nGET /after-blank HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try connection.readResponse().header("X-Echo-Path") == "/after-blank")
    }
}
