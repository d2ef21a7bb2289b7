import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MCP
import NIOCore

/// MCP Streamable HTTP on one endpoint, for both eras and with no sessions: each POST carries
/// one JSON-RPC message (or batch) and gets its answer in the same exchange, so any instance
/// can serve any request. Requests go through the same `MCPDispatcher` as on stdio. What this
/// layer adds is HTTP's own: who may call (Origin, bearer), what a body may be (type, size),
/// the statuses the 2026-07-28 transport asks for, and SSE for clients that accept only that.
struct StreamableHTTPResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let dispatcher: MCPDispatcher
    let settings: HTTPTransportSettings
    let logger: Logger

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let response = await answer(request)
        logger.debug(
            "http request",
            metadata: [
                "method": "\(request.method)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "ms": "\(Self.milliseconds(ContinuousClock.now - started))",
            ])
        return response
    }

    private func answer(_ request: Request) async -> Response {
        let path = request.uri.path
        if path == "/healthz", request.method == .get || request.method == .head {
            return Self.json(.ok, Data(#"{"status":"ok"}"#.utf8))
        }
        guard path == settings.endpointPath else {
            return Self.text(.notFound, "Not found: the MCP endpoint is \(settings.endpointPath)")
        }
        if let origin = request.headers[.origin], !settings.allowedOrigins.allows(origin) {
            return Self.text(
                .forbidden,
                "Forbidden: Origin \(origin) is not allowed; list it in GMAIL_MCP_ALLOWED_ORIGINS (comma-separated, or *)"
            )
        }
        guard request.method == .post else {
            var response = Self.text(
                .methodNotAllowed,
                "Method not allowed: this server answers POST only; it never opens a stream of its own")
            response.headers[.allow] = "POST"
            return response
        }
        if let token = settings.bearerToken, !BearerCheck.matches(request.headers[.authorization], token: token) {
            var response = Self.text(
                .unauthorized, "Unauthorized: send Authorization: Bearer <the value of GMAIL_MCP_HTTP_TOKEN>")
            response.headers[.wwwAuthenticate] = #"Bearer realm="gmail-mcp""#
            return response
        }
        guard Self.isJSON(request.headers[.contentType]) else {
            return Self.text(.unsupportedMediaType, "Unsupported media type: send Content-Type: application/json")
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > settings.maxRequestBytes {
            return tooLarge()
        }
        let limit = settings.maxRequestBytes
        let headers = request.headers
        let exchange = { (body: RequestBody) async -> Response in
            // `collect` throws only past the limit.
            guard let bytes = try? await body.collect(upTo: limit) else { return tooLarge() }
            return await serve(Data(buffer: bytes), headers: headers)
        }
        // A client that names a quick method keeps its connection alive. Anything else may run
        // long (a tool call), so its exchange is watched: when the client closes the connection,
        // the request is cancelled. Hummingbird cannot keep watching a connection that stays
        // open, so such an exchange ends with `Connection: close`.
        if let method = headers[HeaderAgreement.method], method != "tools/call" {
            return await exchange(request.body)
        }
        do {
            return try await request.body.consumeWithCancellationOnInboundClose { body in
                var response = await exchange(body)
                response.headers[.connection] = "close"
                return response
            }
        } catch {
            // The client went away before its answer: there is no one to answer.
            return Response(status: .noContent)
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    private func tooLarge() -> Response {
        Self.text(
            .contentTooLarge,
            "Content too large: the body is over \(settings.maxRequestBytes) bytes (GMAIL_MCP_MAX_REQUEST_BYTES)")
    }

    /// A well-formed POST: its JSON-RPC message(s), answered.
    private func serve(_ body: Data, headers: HTTPFields) async -> Response {
        switch JSONRPCLine.classify(body) {
        case .refused(let error):
            return Self.json(.badRequest, error.answer(id: nil))
        case .single(.invalid(let id, let error)):
            return Self.json(.badRequest, error.answer(id: id))
        case .single(.notification), .single(.response):
            // Without sessions a cancellation has nothing to name: closing the exchange of a
            // request is what cancels it.
            return Response(status: .accepted)
        case .single(.request(let id, let method, let params)):
            let modern = Self.modernVersion(params: params, headers: headers) != nil
            if modern, let mismatch = HeaderAgreement.mismatch(headers: headers, method: method, params: params) {
                return Self.json(.badRequest, JSONRPCError(code: -32020, message: mismatch).answer(id: id))
            }
            let request = MCPRequest(id: id, method: method, params: params, notify: { _ in })
            if Self.acceptsOnlyEventStream(headers[.accept]) {
                return eventStream(request)
            }
            guard let answer = await dispatcher.answer(request) else {
                return Response(status: .noContent)
            }
            let status = modern ? Self.status(forModernError: answer.errorCode) : .ok
            return Self.json(status, answer.pieces)
        case .batch(let members):
            return await serveBatch(members)
        }
    }

    /// A JSON-RPC batch (2025-03-26 clients send them): its requests run concurrently and are
    /// answered together as one array.
    private func serveBatch(_ members: [JSONRPCMessage]) async -> Response {
        var slots: [(id: RequestKey?, pieces: [Data]?)] = []
        await withTaskGroup(of: (Int, [Data]?).self) { group in
            for member in members {
                switch member {
                case .request(let id, let method, let params):
                    let slot = slots.count
                    slots.append((id, nil))
                    let request = MCPRequest(id: id, method: method, params: params, notify: { _ in })
                    group.addTask { (slot, await dispatcher.answer(request)?.pieces) }
                case .invalid(let id, let error):
                    slots.append((id, [error.answer(id: id)]))
                case .notification, .response:
                    break
                }
            }
            for await (slot, pieces) in group { slots[slot].pieces = pieces }
        }
        let answered = slots.compactMap(\.pieces)
        guard !answered.isEmpty else { return Response(status: .accepted) }
        return Self.json(.ok, BatchAnswer.array(of: answered))
    }

    /// One request answered as an SSE stream: its progress notifications as they come, then its
    /// answer, then the end of the stream.
    private func eventStream(_ request: MCPRequest) -> Response {
        let (events, continuation) = AsyncStream<Data>.makeStream()
        let streamed = MCPRequest(id: request.id, method: request.method, params: request.params) { line in
            continuation.yield(line)
        }
        let dispatcher = self.dispatcher
        let work = Task {
            if let answer = await dispatcher.answer(streamed) {
                continuation.yield(answer.pieces.reduce(into: Data()) { $0.append($1) })
            }
            continuation.finish()
        }
        var headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                do {
                    for await message in events {
                        var event = Data("event: message\ndata: ".utf8)
                        event.append(message)
                        event.append(Data("\n\n".utf8))
                        try await writer.write(ByteBuffer(data: event))
                    }
                    try await writer.finish(nil)
                } catch {
                    // The client went away: its request is not wanted any more.
                    work.cancel()
                    throw error
                }
            })
    }

    // MARK: Rules

    /// The version a modern request names (in `_meta`, or failing that in the header), nil for a
    /// handshake-era request.
    static func modernVersion(params: Value?, headers: HTTPFields) -> String? {
        if case .object(let fields)? = params, case .object(let meta)? = fields["_meta"],
            case .string(let version)? = meta["io.modelcontextprotocol/protocolVersion"]
        {
            return ProtocolVersions.isModern(version) ? version : nil
        }
        if let header = headers[HeaderAgreement.protocolVersion], ProtocolVersions.isModern(header) { return header }
        return nil
    }

    /// The statuses the 2026-07-28 transport asks for; tool failures are results, so 200.
    static func status(forModernError code: Int?) -> HTTPResponse.Status {
        guard let code else { return .ok }
        switch code {
        case -32601: return .notFound
        case -32700, -32600, -32602, -32020, -32021, -32022: return .badRequest
        default: return .internalServerError
        }
    }

    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return mediaType.lowercased() == "application/json"
    }

    /// True when `Accept` names `text/event-stream` and not JSON: such a client gets SSE.
    static func acceptsOnlyEventStream(_ accept: String?) -> Bool {
        guard let accept else { return false }
        let types = accept.lowercased().split(separator: ",").map {
            $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        return types.contains("text/event-stream")
            && !types.contains { ["application/json", "application/*", "*/*"].contains($0) }
    }

    private static func json(_ status: HTTPResponse.Status, _ body: Data) -> Response {
        json(status, [body])
    }

    private static func json(_ status: HTTPResponse.Status, _ pieces: [Data]) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(contentsOf: pieces.map { ByteBuffer(data: $0) }))
    }

    private static func text(_ status: HTTPResponse.Status, _ sentence: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: sentence + "\n")))
    }
}
