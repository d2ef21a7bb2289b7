import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
import RawHTTPClient

@Suite("LoopbackHTTPServer request and response framing")
struct LoopbackFramingTests {
    @Test func chunkedRequestBodyIsDecoded() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(
            "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n"
                + "7;name=value\r\n, world\r\n"
                + "A \r\n0123456789\r\n"
                + "0\r\nX-Trailer: ignored\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.text == "hello, world0123456789")
        #expect(response.header("X-Echo-Body-Length") == "22")
        // The framing ended exactly where it should: the connection serves the next request.
        #expect(try connection.get("/next").header("X-Echo-Path") == "/next")
        #expect(server.acceptedConnections == 1)
    }

    @Test func bodyTrickledInTinyPiecesArrivesWhole() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        let request = "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world"
        for character in request {
            try connection.write(String(character))
        }
        #expect(try connection.readResponse().text == "hello world")
    }

    @Test func largeResponseBodyArrivesIntact() throws {
        let size = 20 * 1024 * 1024
        let body = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) })
        let server = try LoopbackHTTPServer { _ in
            HTTPServerResponse(status: 200, body: body)
        }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.get("/big")
        #expect(response.header("Content-Length") == String(size))
        #expect(response.body.count == size)
        #expect(response.body == body)
        #expect(try connection.get("/again").body.count == size)
        #expect(server.acceptedConnections == 1)
    }

    @Test func largeRequestBodyArrivesIntact() throws {
        let size = 8 * 1024 * 1024 + 3
        let body = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 >> 3) })
        let server = try LoopbackHTTPServer { request in
            HTTPServerResponse(status: request.body == body ? 200 : 422)
        }
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: \(size)\r\n\r\n")
        try connection.write(body)
        #expect(try connection.readResponse().status == 200)
    }

    @Test func headGetsHeadersButNoBody() throws {
        let server = try LoopbackHTTPServer { _ in
            .text(200, "twelve bytes")
        }
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write("HEAD /thing HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try connection.readResponse(bodyless: true)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "12")
        #expect(head.header("Content-Type") == "text/plain; charset=utf-8")
        // Had a body been sent, it would now be read as the next status line.
        let next = try connection.get("/thing")
        #expect(next.status == 200)
        #expect(next.text == "twelve bytes")
    }

    @Test func noContentHasNeitherLengthNorBody() throws {
        let server = try LoopbackHTTPServer { _ in
            HTTPServerResponse(status: 204, body: Data("dropped".utf8))
        }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.get("/")
        #expect(response.status == 204)
        #expect(response.header("Content-Length") == nil)
        #expect(try connection.get("/").status == 204)
    }

    @Test func framingHeadersFromTheHandlerAreReplaced() throws {
        let server = try LoopbackHTTPServer { _ in
            HTTPServerResponse(
                status: 200,
                headers: [
                    HeaderField(name: "Content-Length", value: "999"),
                    HeaderField(name: "Transfer-Encoding", value: "chunked"),
                    HeaderField(name: "X-Kept", value: "yes"),
                ],
                body: Data("abc".utf8))
        }
        let response = try RawHTTPConnection(port: server.port).get("/")
        #expect(response.headerCount("Content-Length") == 1)
        #expect(response.header("Content-Length") == "3")
        #expect(response.header("Transfer-Encoding") == nil)
        #expect(response.header("X-Kept") == "yes")
        #expect(response.text == "abc")
    }

    @Test func jsonAndTextResponsesCarryTheirContentType() throws {
        let json = HTTPServerResponse.json(
            201, Data("{}".utf8), headers: [HeaderField(name: "X-A", value: "1")])
        #expect(json.status == 201)
        #expect(
            json.headers == [
                HeaderField(name: "Content-Type", value: "application/json; charset=UTF-8"),
                HeaderField(name: "X-A", value: "1"),
            ])
        let text = HTTPServerResponse.text(404, "nope")
        #expect(text.headers == [HeaderField(name: "Content-Type", value: "text/plain; charset=utf-8")])
        #expect(text.body == Data("nope".utf8))
        #expect(text.delay == .zero)
    }

    @Test func expectContinueGetsAnInterimResponseBeforeTheBody() throws {
        let server = try makeEchoServer()
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(
            "POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let interim = try connection.readResponse()
        #expect(interim.status == 100)
        try connection.write("data")
        let final = try connection.readResponse()
        #expect(final.status == 200)
        #expect(final.text == "data")
    }

    @Test func requestHeadIsParsedInOrderWithOriginalCase() throws {
        let seen = RequestRecorder()
        let server = try LoopbackHTTPServer { request in
            seen.record(request)
            return HTTPServerResponse(status: 200)
        }
        let connection = try RawHTTPConnection(port: server.port)
        try connection.write(
            "GET /p%2Fq/r?b=2&a=1+1&b=%33 HTTP/1.1\r\nHost: x\r\nX-Mixed-Case:  padded value \t\r\nx-dup: 1\r\nX-Dup: 2\r\n\r\n"
        )
        _ = try connection.readResponse()
        let request = try #require(seen.last)
        #expect(request.method == "GET")
        #expect(request.target == "/p%2Fq/r?b=2&a=1+1&b=%33")
        #expect(request.path == "/p%2Fq/r")
        #expect(
            request.query == [
                HeaderField(name: "b", value: "2"), HeaderField(name: "a", value: "1 1"),
                HeaderField(name: "b", value: "3"),
            ])
        #expect(request.queryValues("b") == ["2", "3"])
        #expect(request.header("x-mixed-case") == "padded value")
        #expect(request.header("X-DUP") == "1")
        #expect(request.headers.map(\.name) == ["Host", "X-Mixed-Case", "x-dup", "X-Dup"])
        #expect(request.connectionID == 1)
    }
}

/// Keeps the last request a handler saw, for tests that inspect the parsed request.
final class RequestRecorder: Sendable {
    private let requests = Mutex<[HTTPServerRequest]>([])

    func record(_ request: HTTPServerRequest) {
        requests.withLock { $0.append(request) }
    }

    var last: HTTPServerRequest? { requests.withLock { $0.last } }
}
