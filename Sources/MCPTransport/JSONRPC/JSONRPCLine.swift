import Foundation
import MCP

/// What one incoming line holds: a message, a batch of them, or something to refuse whole.
/// Decided here, once per line, so every transport and era meets requests already parsed.
enum JSONRPCLine {
    case single(JSONRPCMessage)
    /// A JSON-RPC batch: its members in order, each classified on its own, as JSON-RPC asks
    /// (an invalid member gets its own error inside the batch's answer).
    case batch([JSONRPCMessage])
    /// Not a message at all (not JSON, an empty or oversized batch, a bare number): answered
    /// at once with `"id": null`.
    case refused(JSONRPCError)

    /// The batch size the server accepts; a larger one is refused whole.
    static let maximumBatch = 1000

    static func classify(_ line: Data) -> JSONRPCLine {
        guard let value = try? JSONDecoder().decode(Value.self, from: line) else {
            return .refused(JSONRPCError(code: -32700, message: "Parse error: the line is not valid JSON"))
        }
        switch value {
        case .object(let object):
            return .single(JSONRPCMessage(object))
        case .array(let items):
            guard !items.isEmpty else {
                return .refused(JSONRPCError(code: -32600, message: "Invalid Request: empty batch"))
            }
            guard items.count <= maximumBatch else {
                return .refused(
                    JSONRPCError(code: -32600, message: "Invalid Request: batch larger than \(maximumBatch)"))
            }
            return .batch(
                items.map { item in
                    guard case .object(let object) = item else {
                        return .invalid(
                            id: nil,
                            JSONRPCError(code: -32600, message: "Invalid Request: a batch item is not an object"))
                    }
                    return JSONRPCMessage(object)
                })
        default:
            return .refused(JSONRPCError(code: -32600, message: "Invalid Request: a message must be a JSON object"))
        }
    }
}

/// One JSON-RPC message from the client, checked against JSON-RPC 2.0's shape.
enum JSONRPCMessage: Equatable {
    case request(id: RequestKey, method: String, params: Value?)
    /// A notification; `cancels` is the request `notifications/cancelled` names.
    case notification(method: String, cancels: RequestKey?)
    /// An answer to a request of ours. The server sends none, so it is read and dropped.
    case response
    /// Not a valid message: answered with this error (and the id, when it could be read).
    case invalid(id: RequestKey?, JSONRPCError)

    init(_ object: [String: Value]) {
        let id = object["id"].flatMap(RequestKey.init)
        guard object["jsonrpc"] == .string("2.0") else {
            self = .invalid(id: id, JSONRPCError(code: -32600, message: "Invalid Request: \"jsonrpc\" must be \"2.0\""))
            return
        }
        if object["id"] != nil, id == nil {
            self = .invalid(
                id: nil, JSONRPCError(code: -32600, message: "Invalid Request: \"id\" must be a string or an integer"))
            return
        }
        guard let methodValue = object["method"] else {
            if id != nil, object["result"] != nil || object["error"] != nil {
                self = .response
            } else {
                self = .invalid(id: id, JSONRPCError(code: -32600, message: "Invalid Request: \"method\" is missing"))
            }
            return
        }
        guard case .string(let method) = methodValue, !method.isEmpty else {
            self = .invalid(
                id: id, JSONRPCError(code: -32600, message: "Invalid Request: \"method\" must be a non-empty string"))
            return
        }
        if let params = object["params"] {
            switch params {
            case .object, .array: break
            default:
                self = .invalid(
                    id: id,
                    JSONRPCError(code: -32600, message: "Invalid Request: \"params\" must be an object or array"))
                return
            }
        }
        guard let id else {
            let cancels =
                method == "notifications/cancelled"
                ? object["params"]?.objectValue?["requestId"].flatMap(RequestKey.init) : nil
            self = .notification(method: method, cancels: cancels)
            return
        }
        self = .request(id: id, method: method, params: object["params"])
    }
}
