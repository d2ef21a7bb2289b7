import Foundation
import HTTPTypes
import MCP

/// The 2026-07-28 request headers that repeat what the body says (`MCP-Protocol-Version`,
/// `Mcp-Method`, `Mcp-Name`), so proxies can route without reading bodies. When one is present
/// and disagrees with the body, the request is refused (-32020): a proxy may have acted on the
/// header. An absent header is not an error (curl users, older proxies).
enum HeaderAgreement {
    static let protocolVersion = HTTPField.Name("MCP-Protocol-Version")!
    static let method = HTTPField.Name("Mcp-Method")!
    static let name = HTTPField.Name("Mcp-Name")!

    /// The sentence saying which header disagrees, or nil when they all agree.
    static func mismatch(headers: HTTPFields, method: String, params: Value?) -> String? {
        let fields: [String: Value]
        if case .object(let object)? = params { fields = object } else { fields = [:] }
        if let header = headers[protocolVersion], case .object(let meta)? = fields["_meta"],
            case .string(let version)? = meta["io.modelcontextprotocol/protocolVersion"], header != version
        {
            return "Header mismatch: MCP-Protocol-Version is \(header) but the body's _meta says \(version)"
        }
        if let header = headers[self.method], header != method {
            return "Header mismatch: Mcp-Method is \(header) but the body's method is \(method)"
        }
        if method == "tools/call", let header = headers[name], case .string(let tool)? = fields["name"],
            decoded(header) != tool
        {
            return "Header mismatch: Mcp-Name is \(header) but the body calls \(tool)"
        }
        return nil
    }

    /// `Mcp-Name` may carry a name that is not plain ASCII as `=?base64?<base64>?=`.
    static func decoded(_ header: String) -> String {
        guard header.hasPrefix("=?base64?"), header.hasSuffix("?="), header.count >= 11 else { return header }
        let encoded = String(header.dropFirst(9).dropLast(2))
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
            return header
        }
        return text
    }
}
