import Foundation
import MCP

/// A JSON-RPC error answer's `error` member. Method handlers throw it (or the SDK's `MCPError`,
/// which becomes one); `data` carries what a client reads by machine, such as the versions a
/// server supports.
public struct JSONRPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String
    public var data: Value?

    public init(code: Int, message: String, data: Value? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// The SDK's error with its usual wording ("Invalid params: …"). Its `detail` is not repeated
    /// in `data`: the message already holds it.
    public init(_ error: MCPError) {
        self.init(code: error.code, message: error.errorDescription ?? "Internal error")
    }

    public static let internalError = JSONRPCError(code: -32603, message: "Internal error")

    /// The whole answer line for `id` (`null` when the request's id could not be read).
    func answer(id: RequestKey?) -> Data {
        var error: [String: Value] = ["code": .int(code), "message": .string(message)]
        if let data { error["data"] = data }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let errorJSON = (try? encoder.encode(Value.object(error))).map { String(decoding: $0, as: UTF8.self) }
        let text = #"{"jsonrpc":"2.0","id":\#(id?.json ?? "null"),"error":\#(errorJSON ?? "{}")}"#
        return Data(text.utf8)
    }
}
