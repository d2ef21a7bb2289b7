/// windows-1252, implemented here rather than through iconv because it is the last-resort
/// decoder and must map every byte: glibc's CP1252 rejects the five unassigned bytes (0x81,
/// 0x8D, 0x8F, 0x90, 0x9D), which this table maps to the same-numbered C1 controls as the
/// WHATWG Encoding Standard does. It also serves labels "iso-8859-1"/"latin1"/"us-ascii",
/// which real senders use for windows-1252 text (curly quotes, €) — again as WHATWG does.
enum Windows1252 {
    /// Code points for 0x80...0x9F; every other byte maps to the same code point (Latin-1).
    private static let highControlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? highControlRange[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value)!
    }

    static func appendUTF8(of byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
        } else {
            UTF8Scanning.append(scalar(for: byte), to: &output)
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes { appendUTF8(of: byte, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
