import LoopbackHTTPServer

/// The header section of a message or body part, split from its body. Folded lines are joined
/// by dropping the line break and keeping the whitespace after it (RFC 5322 section 2.2.3),
/// which is also how Gmail shows folded values; names keep their case, duplicates their order.
struct HeaderSection {
    let fields: [HeaderField]
    /// Where the body starts in the parsed bytes: just after the empty line.
    let bodyStart: Int

    init(parsing bytes: ArraySlice<UInt8>) {
        var fields: [(name: String, value: [UInt8])] = []
        var index = bytes.startIndex
        var bodyStart = bytes.endIndex
        while index < bytes.endIndex {
            let line = ByteLines.line(in: bytes, from: index)
            let content = bytes[line.contentRange]
            if content.isEmpty {
                bodyStart = line.next
                break
            }
            if let first = content.first, first == .space || first == .tab {
                if !fields.isEmpty { fields[fields.count - 1].value += content }
            } else if let colon = content.firstIndex(of: .colon) {
                let name = String(decoding: content[..<colon], as: UTF8.self).trimmingWhitespace()
                fields.append((name, Array(content[content.index(after: colon)...])))
            } else if fields.isEmpty {
                // Not a header at all: a part that starts straight with its body.
                bodyStart = index
                break
            }
            index = line.next
        }
        self.fields = fields.map {
            HeaderField(name: $0.name, value: HeaderText.string(from: $0.value).trimmingWhitespace())
        }
        self.bodyStart = bodyStart
    }

    func value(_ name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    func values(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return fields.filter { $0.name.lowercased() == lowered }.map(\.value)
    }
}
