import LoopbackHTTPServer
import Foundation

/// Content-Transfer-Encoding removal (RFC 2045 section 6). Both decoders are lenient the way
/// mail readers are: base64 skips characters outside its alphabet, and quoted-printable keeps
/// an `=` that starts no valid escape.
enum TransferDecoding {
    static func decode(_ body: ArraySlice<UInt8>, encoding: String) -> Data {
        switch encoding {
        case "base64": Data(base64(body))
        case "quoted-printable": Data(quotedPrintable(body))
        default: Data(body)  // 7bit, 8bit, binary, and unknown encodings as the identity
        }
    }

    static func base64<Bytes: Sequence<UInt8>>(_ text: Bytes) -> [UInt8] {
        var output: [UInt8] = []
        var quad: [UInt8] = []
        quad.reserveCapacity(4)
        for byte in text {
            guard let value = base64Value(byte) else { continue }
            quad.append(value)
            if quad.count == 4 {
                output.append(quad[0] << 2 | quad[1] >> 4)
                output.append(quad[1] << 4 | quad[2] >> 2)
                output.append(quad[2] << 6 | quad[3])
                quad.removeAll(keepingCapacity: true)
            }
        }
        // A missing pad leaves two or three characters: one or two more bytes.
        if quad.count >= 2 { output.append(quad[0] << 2 | quad[1] >> 4) }
        if quad.count == 3 { output.append(quad[1] << 4 | quad[2] >> 2) }
        return output
    }

    /// Both alphabets, standard and URL-safe, so one decoder serves mail and Gmail's JSON.
    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): 63
        default: nil
        }
    }

    static func quotedPrintable(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        // Literal spaces and tabs at the end of the output, which a hard line break drops; an
        // encoded `=20` is data and stays.
        var literalTrailingWhitespace = 0
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == .equals {
                let rest = text[(index + 1)...]
                if let high = rest.first.flatMap(PercentDecoding.hexValue), rest.count >= 2,
                    let low = PercentDecoding.hexValue(rest[rest.startIndex + 1])
                {
                    output.append(high << 4 | low)
                    literalTrailingWhitespace = 0
                    index += 3
                    continue
                }
                if let softBreak = softLineBreakLength(rest) {
                    literalTrailingWhitespace = 0
                    index += 1 + softBreak
                    continue
                }
                output.append(byte)
                literalTrailingWhitespace = 0
                index += 1
            } else if byte == .carriageReturn || byte == .lineFeed {
                // Whitespace before a hard line break was added in transport (RFC 2045 6.7).
                output.removeLast(literalTrailingWhitespace)
                literalTrailingWhitespace = 0
                output.append(byte)
                index += 1
            } else {
                output.append(byte)
                literalTrailingWhitespace = byte == .space || byte == .tab ? literalTrailingWhitespace + 1 : 0
                index += 1
            }
        }
        // The last line has no line break of its own (it went to the delimiter) but is a line.
        output.removeLast(literalTrailingWhitespace)
        return output
    }

    /// `=` then optional whitespace then CRLF or LF: the length after the `=`, or nil.
    private static func softLineBreakLength(_ rest: ArraySlice<UInt8>) -> Int? {
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] == .space || rest[index] == .tab { index += 1 }
        if index < rest.endIndex, rest[index] == .carriageReturn { index += 1 }
        if index < rest.endIndex, rest[index] == .lineFeed { return index + 1 - rest.startIndex }
        if index == rest.endIndex { return index - rest.startIndex }
        return nil
    }

}
