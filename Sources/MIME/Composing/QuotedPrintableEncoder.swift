/// Quoted-printable (RFC 2045 6.7) for text whose bytes are mostly ASCII: readable on the wire,
/// every encoded line at most 76 characters, trailing spaces encoded so that no transport can
/// strip them. Input CRLFs are hard line breaks; when the input does not end in one, the output
/// ends in a soft break (`=` CRLF), so the decoded text ends exactly where the input did.
enum QuotedPrintableEncoder {
    /// Encoded characters before the soft-break `=`.
    private static let lineRoom = 75
    private static let hex = Array("0123456789ABCDEF".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var lineLength = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                output += [0x0D, 0x0A]
                lineLength = 0
                index += 2
                continue
            }
            let atLineEnd =
                index + 1 == bytes.count
                || (bytes[index + 1] == 0x0D && index + 2 < bytes.count
                    && bytes[index + 2] == 0x0A)
            let literal =
                (byte >= 0x21 && byte <= 0x7E && byte != UInt8(ascii: "="))
                || ((byte == 0x20 || byte == 0x09) && !atLineEnd)
            let piece: [UInt8] = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            if lineLength + piece.count > lineRoom {
                output += [UInt8(ascii: "="), 0x0D, 0x0A]
                lineLength = 0
            }
            output += piece
            lineLength += piece.count
            index += 1
        }
        if !(output.count >= 2 && output[output.count - 2] == 0x0D && output[output.count - 1] == 0x0A) || bytes.isEmpty
        {
            output += [UInt8(ascii: "="), 0x0D, 0x0A]
        }
        return output
    }
}
