import Foundation
import LoopbackHTTPServer

/// A server whose handler describes the request it got, so framing tests can check what the
/// server parsed: the body is echoed, and the head comes back in `X-Echo-*` headers.
func makeEchoServer(delay: Duration = .zero) throws -> LoopbackHTTPServer {
    try LoopbackHTTPServer { request in
        HTTPServerResponse(
            status: 200,
            headers: [
                HeaderField(name: "X-Echo-Method", value: request.method),
                HeaderField(name: "X-Echo-Path", value: request.path),
                HeaderField(name: "X-Echo-Connection-ID", value: String(request.connectionID)),
                HeaderField(name: "X-Echo-Body-Length", value: String(request.body.count)),
            ],
            body: request.body,
            delay: delay
        )
    }
}
