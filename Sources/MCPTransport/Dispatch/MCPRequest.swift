import Foundation
import MCP

/// One request as a method handler sees it, whatever transport it came by and whether it came
/// alone or inside a batch.
public struct MCPRequest: Sendable {
    public let id: RequestKey
    public let method: String
    public let params: Value?
    /// Writes a notification line about this request (progress) while it is unanswered; it may
    /// be called from any thread and never blocks. After the answer or a cancellation it does
    /// nothing.
    public let notify: @Sendable (_ line: Data) -> Void

    public init(id: RequestKey, method: String, params: Value?, notify: @escaping @Sendable (_ line: Data) -> Void) {
        self.id = id
        self.method = method
        self.params = params
        self.notify = notify
    }

    /// `params` as an object; absent params read as an empty one, other shapes are -32602.
    public func objectParams() throws -> [String: Value] {
        switch params {
        case nil, .null?: return [:]
        case .object(let object)?: return object
        default: throw JSONRPCError(code: -32602, message: "Invalid params: \(method) takes an object")
        }
    }
}
