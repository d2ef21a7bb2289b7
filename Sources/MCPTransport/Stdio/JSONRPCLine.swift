import Foundation
import MCP

/// What one incoming line is, decided before the SDK sees it, because the SDK answers a line it
/// cannot parse with a made-up id instead of JSON-RPC's `"id": null`.
enum JSONRPCLine: Equatable {
    /// A request (or a batch of messages) for the server; `ids` are the requests in it.
    case forward(ids: [RequestKey])
    /// One request, parsed: what a direct handler needs, so the line is not parsed again.
    case request(id: RequestKey, method: String, params: Value?)
    /// A notification; `cancels` is the request `notifications/cancelled` names.
    case notification(cancels: RequestKey?)
    /// A response to a request of ours; forwarded, nothing is owed for it.
    case response
    /// Not something to forward: answer it with this error right away.
    case reject(id: RequestKey?, code: Int, message: String)

    static let maximumBatch = 1000

    static func classify(_ line: Data) -> JSONRPCLine {
        guard let value = try? JSONDecoder().decode(Value.self, from: line) else {
            return .reject(id: nil, code: -32700, message: "Parse error: the line is not valid JSON")
        }
        switch value {
        case .object(let object):
            return classify(object: object)
        case .array(let items):
            guard !items.isEmpty else {
                return .reject(id: nil, code: -32600, message: "Invalid Request: empty batch")
            }
            guard items.count <= maximumBatch else {
                return .reject(id: nil, code: -32600, message: "Invalid Request: batch larger than \(maximumBatch)")
            }
            var ids: [RequestKey] = []
            for item in items {
                guard case .object(let object) = item else {
                    return .reject(id: nil, code: -32600, message: "Invalid Request: a batch item is not an object")
                }
                switch classify(object: object) {
                case .forward(let itemIDs): ids += itemIDs
                case .request(let id, _, _): ids.append(id)
                case .notification, .response: continue
                case .reject(_, let code, let message): return .reject(id: nil, code: code, message: message)
                }
            }
            return .forward(ids: ids)
        default:
            return .reject(id: nil, code: -32600, message: "Invalid Request: a message must be a JSON object")
        }
    }

    private static func classify(object: [String: Value]) -> JSONRPCLine {
        let id = object["id"].flatMap(RequestKey.init)
        guard object["jsonrpc"] == .string("2.0") else {
            return .reject(id: id, code: -32600, message: "Invalid Request: \"jsonrpc\" must be \"2.0\"")
        }
        if object["id"] != nil, id == nil {
            return .reject(id: nil, code: -32600, message: "Invalid Request: \"id\" must be a string or an integer")
        }
        guard let methodValue = object["method"] else {
            if id != nil, object["result"] != nil || object["error"] != nil {
                return .response
            }
            return .reject(id: id, code: -32600, message: "Invalid Request: \"method\" is missing")
        }
        guard case .string(let method) = methodValue, !method.isEmpty else {
            return .reject(id: id, code: -32600, message: "Invalid Request: \"method\" must be a non-empty string")
        }
        if let params = object["params"] {
            switch params {
            case .object, .array: break
            default:
                return .reject(id: id, code: -32600, message: "Invalid Request: \"params\" must be an object or array")
            }
        }
        guard let id else {
            if method == "notifications/cancelled",
                let requestID = object["params"]?.objectValue?["requestId"].flatMap(RequestKey.init)
            {
                return .notification(cancels: requestID)
            }
            return .notification(cancels: nil)
        }
        return .request(id: id, method: method, params: object["params"])
    }
}

/// A request id as a dictionary key: JSON-RPC ids are strings or integers, and `1` and `"1"`
/// are different requests.
enum RequestKey: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(Int)

    init?(_ value: Value) {
        switch value {
        case .string(let text): self = .string(text)
        case .int(let number): self = .number(number)
        case .double(let number) where number.rounded() == number && abs(number) < 9e15: self = .number(Int(number))
        default: return nil
        }
    }

    /// The id as JSON, for responses we write ourselves.
    var json: String {
        switch self {
        case .number(let number): return String(number)
        case .string(let text):
            let encoded = (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) }
            return encoded ?? "null"
        }
    }

    var description: String { json }
}
