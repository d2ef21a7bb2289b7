/// The Subject of an embedded message/rfc822 part, for naming it. Gmail parses the embedded
/// message into the part's `parts`, whose first entry carries the embedded message's own
/// headers; a part without `parts` but with inline bytes is the raw message, whose header
/// block is read directly.
enum EmbeddedMessageHeaders {
    static func subject(of facts: MIMEPartFacts) -> String? {
        if let subject = MIMEPartFacts.header("Subject", in: facts.part) { return EncodedWords.decode(subject) }
        if let first = facts.children.first, let subject = MIMEPartFacts.header("Subject", in: first) {
            return EncodedWords.decode(subject)
        }
        guard facts.part.fetchID == nil, let bytes = facts.part.content else { return nil }
        return rawHeader("Subject", in: [UInt8](bytes)).map(EncodedWords.decode)
    }

    /// The named field in an RFC 5322 header block (up to the first empty line, at most
    /// 256 KiB), unfolded. Non-UTF-8 bytes are read as windows-1252.
    static func rawHeader(_ name: String, in bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 256 * 1024)
        var lines = [[UInt8]]()
        var current = [UInt8]()
        var index = 0
        while index < limit {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D { continue }
            if byte != 0x0A {
                current.append(byte)
                continue
            }
            if current.isEmpty { break }  // the empty line that ends the header block
            lines.append(current)
            current = []
        }
        if !current.isEmpty { lines.append(current) }

        var value: [UInt8]?
        for line in lines {
            if let first = line.first, first == 0x20 || first == 0x09 {
                if value != nil { value! += line }  // continuation of the field being read
                continue
            }
            if value != nil { break }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let fieldName = String(decoding: line[..<colon], as: UTF8.self).trimmingASCIIWhitespace()
            if fieldName.equalsIgnoringASCIICase(name) { value = Array(line[(colon + 1)...]) }
        }
        guard let value else { return nil }
        return value.withUnsafeBufferPointer { UTF8Scanning.decodeRepairing($0) }.trimmingASCIIWhitespace()
    }
}
