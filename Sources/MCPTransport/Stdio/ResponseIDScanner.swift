import Foundation
import MCP

/// Finds which request an outgoing message answers, so the ledger knows what is still owed.
///
/// The SDK encodes with sorted keys, so a success response starts `{"id":…,"jsonrpc":"2.0","result"`
/// and can be recognised from its first bytes; this matters because a result can be tens of
/// megabytes (an attachment) and parsing it again just to read the id would double the work.
/// Anything else (errors, batches, another encoder) takes the full parse, which is always right.
enum ResponseIDScanner {
    enum Kind: Equatable {
        case responses([RequestKey])
        case notOne
    }

    static func scan(_ message: Data) -> Kind {
        if let fast = fastPath(message) { return fast }
        guard let value = try? JSONDecoder().decode(Value.self, from: message) else { return .notOne }
        let objects: [[String: Value]]
        switch value {
        case .object(let object): objects = [object]
        case .array(let items): objects = items.compactMap(\.objectValue)
        default: return .notOne
        }
        let ids = objects.compactMap { object -> RequestKey? in
            guard object["method"] == nil, object["result"] != nil || object["error"] != nil else { return nil }
            return object["id"].flatMap(RequestKey.init)
        }
        return ids.isEmpty ? .notOne : .responses(ids)
    }

    private static let prefix = Array(#"{"id":"#.utf8)
    private static let successTail = Array(#","jsonrpc":"2.0","result""#.utf8)

    private static func fastPath(_ message: Data) -> Kind? {
        message.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Kind? in
            guard bytes.starts(with: prefix) else { return nil }
            var index = prefix.count
            let idStart = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
            } else {
                while index < bytes.count,
                    bytes[index] == UInt8(ascii: "-") || (bytes[index] >= 48 && bytes[index] <= 57)
                {
                    index += 1
                }
            }
            guard index > idStart, index + successTail.count <= bytes.count,
                bytes[index..<(index + successTail.count)].elementsEqual(successTail),
                let idValue = try? JSONDecoder().decode(Value.self, from: Data(bytes[idStart..<index])),
                let key = RequestKey(idValue)
            else { return nil }
            return .responses([key])
        }
    }
}
