import Foundation
import MCP

/// A request id as a dictionary key: JSON-RPC ids are strings or integers, and `1` and `"1"`
/// are different requests.
public enum RequestKey: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(Int)

    public init?(_ value: Value) {
        switch value {
        case .string(let text): self = .string(text)
        case .int(let number): self = .number(number)
        case .double(let number) where number.rounded() == number && abs(number) < 9e15: self = .number(Int(number))
        default: return nil
        }
    }

    /// The id as JSON, for the answers this module writes.
    public var json: String {
        switch self {
        case .number(let number): return String(number)
        case .string(let text):
            let encoded = (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) }
            return encoded ?? "null"
        }
    }

    public var description: String { json }
}
