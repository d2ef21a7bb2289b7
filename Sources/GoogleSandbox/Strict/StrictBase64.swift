/// Base64 as RFC 2045 6.8 and RFC 4648 4 define it, decoded only when it is exact: the
/// standard alphabet, a length that is a multiple of 4, `=` only as the last one or two
/// characters, and zero bits under the padding (so that every byte string has one encoding).
enum StrictBase64 {
    static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    static func decode<Text: Collection<UInt8>>(_ text: Text) throws(StrictDecodingFailure) -> [UInt8] {
        guard text.count % 4 == 0 else {
            throw StrictDecodingFailure("is \(text.count) characters long, not a multiple of 4")
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.count / 4 * 3)
        var quad: [UInt8] = [0, 0, 0, 0]
        var filled = 0
        var padding = 0
        var position = 0
        for byte in text {
            if byte == UInt8(ascii: "=") {
                // Padding may only fill the last one or two places of the last quantum.
                guard position >= text.count - 2, filled >= 2 else {
                    throw StrictDecodingFailure("has '=' padding before its end (character \(position + 1))")
                }
                padding += 1
            } else {
                guard padding == 0 else { throw StrictDecodingFailure("has data after its '=' padding") }
                guard let value = value(of: byte) else {
                    throw StrictDecodingFailure(
                        "has the character '\(UnicodeScalar(byte))', outside the base64 alphabet "
                            + "(character \(position + 1))")
                }
                quad[filled] = value
                filled += 1
            }
            position += 1
            if filled + padding == 4 {
                output.append(quad[0] << 2 | quad[1] >> 4)
                if padding == 2 {
                    guard quad[1] & 0x0F == 0 else { throw nonCanonical }
                } else {
                    output.append(quad[1] << 4 | quad[2] >> 2)
                    if padding == 1 {
                        guard quad[2] & 0x03 == 0 else { throw nonCanonical }
                    } else {
                        output.append(quad[2] << 6 | quad[3])
                    }
                }
                filled = 0
            }
        }
        return output
    }

    private static let nonCanonical = StrictDecodingFailure(
        "is not canonical: the bits under its '=' padding are not zero (RFC 4648 3.5)")
}
