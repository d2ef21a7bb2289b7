/// The byte-level base64 decoder shared by `Base64URL` (part bodies) and `EncodedWords`
/// (RFC 2047 "B" words). One table lookup per input byte keeps a 25 MB body linear and fast.
enum Base64Decoding {
    private static let invalid: UInt8 = 0xFF
    private static let whitespace: UInt8 = 0xFE
    private static let padding: UInt8 = 0xFD

    /// Sextet value for every byte; both alphabets map, whitespace and `=` are marked.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        table[Int(UInt8(ascii: "+"))] = 62
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "/"))] = 63
        table[Int(UInt8(ascii: "_"))] = 63
        for byte in [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), 0x0B, 0x0C] {
            table[Int(byte)] = whitespace
        }
        table[Int(UInt8(ascii: "="))] = padding
        return table
    }()

    /// nil when the input is not base64 (see `Base64URL` for the accepted forms).
    static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output = [UInt8]()
        output.reserveCapacity(input.count / 4 * 3 + 3)
        var accumulator: UInt32 = 0
        var pending = 0
        var sawPadding = false
        let ok: Bool = table.withUnsafeBufferPointer { table in
            for byte in input {
                let value = table[Int(byte)]
                if value < 64 {
                    if sawPadding { return false }
                    accumulator = accumulator << 6 | UInt32(value)
                    pending += 1
                    if pending == 4 {
                        output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                        output.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                        output.append(UInt8(truncatingIfNeeded: accumulator))
                        accumulator = 0
                        pending = 0
                    }
                } else if value == padding {
                    sawPadding = true
                } else if value == invalid {
                    return false
                }
            }
            return true
        }
        guard ok else { return nil }
        switch pending {
        case 1:
            return nil
        case 2:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            output.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        default:
            break
        }
        return output
    }

    static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { decode($0) }
    }
}
