import Foundation
import LoopbackHTTPServer
import Testing

@Suite("HTTPServerRequest decoding")
struct HTTPServerRequestTests {
    @Test func queryIsFormDecodedInOrderWithRepeats() {
        let request = HTTPServerRequest(
            method: "GET", target: "/p%20a/th?a=1&b=x+y&a=%41%zz&&c&d=%E2%9C%93")
        #expect(request.path == "/p%20a/th")
        #expect(
            request.query == [
                HeaderField(name: "a", value: "1"), HeaderField(name: "b", value: "x y"),
                HeaderField(name: "a", value: "A%zz"), HeaderField(name: "c", value: ""),
                HeaderField(name: "d", value: "✓"),
            ])
        #expect(request.queryValues("a") == ["1", "A%zz"])
        #expect(request.queryValues("missing") == [])
    }

    @Test func absoluteFormTargetYieldsItsPath() {
        let request = HTTPServerRequest(method: "GET", target: "http://example.com:80/x/y?q=1")
        #expect(request.path == "/x/y")
        #expect(request.queryValues("q") == ["1"])
        #expect(HTTPServerRequest(method: "GET", target: "http://example.com").path == "/")
    }

    @Test func targetWithoutQueryHasNoQueryItems() {
        let request = HTTPServerRequest(method: "GET", target: "/plain")
        #expect(request.path == "/plain")
        #expect(request.query.isEmpty)
    }

    @Test func formFieldsDecodeTheBody() {
        let body = Data(
            "grant_type=refresh_token&refresh_token=1%2F%2F0gAb-_&scope=a+b%20c&empty=".utf8)
        let request = HTTPServerRequest(method: "POST", target: "/token", body: body)
        #expect(
            request.formFields() == [
                HeaderField(name: "grant_type", value: "refresh_token"),
                HeaderField(name: "refresh_token", value: "1//0gAb-_"),
                HeaderField(name: "scope", value: "a b c"),
                HeaderField(name: "empty", value: ""),
            ])
    }

    @Test func headerLookupIgnoresCaseAndTakesTheFirst() {
        let request = HTTPServerRequest(
            method: "GET", target: "/",
            headers: [HeaderField(name: "Accept", value: "a"), HeaderField(name: "ACCEPT", value: "b")])
        #expect(request.header("accept") == "a")
        #expect(request.header("Authorization") == nil)
    }
}
