import LoopbackHTTPServer
import Foundation

/// RFC 2047 encoded-words (`=?charset?B|Q?text?=`) in header values. Whitespace between two
/// adjacent encoded-words is dropped, as section 6.2 says; a malformed word stays as written.
/// The fake needs the decoded text to search headers and to name attachments; the payload
/// still shows the values raw, as Gmail does.
enum EncodedWords {
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var pendingWhitespace = String.UnicodeScalarView()
        var previousWasEncodedWord = false
        var index = 0
        while index < scalars.count {
            if scalars[index] == "=", index + 1 < scalars.count, scalars[index + 1] == "?",
                let (decoded, length) = encodedWord(in: scalars, at: index)
            {
                if !previousWasEncodedWord { output.append(contentsOf: pendingWhitespace) }
                pendingWhitespace.removeAll()
                output.append(contentsOf: decoded.unicodeScalars)
                previousWasEncodedWord = true
                index += length
                continue
            }
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" {
                pendingWhitespace.append(scalar)
            } else {
                output.append(contentsOf: pendingWhitespace)
                pendingWhitespace.removeAll()
                output.append(scalar)
                previousWasEncodedWord = false
            }
            index += 1
        }
        output.append(contentsOf: pendingWhitespace)
        return String(output)
    }

    /// The decoded text and the length of the encoded-word starting at `start`, or nil.
    private static func encodedWord(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        // =?charset?X?text?=  with no whitespace inside.
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var index = start + 2
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" { return nil }
            if scalar == "?" {
                if fields.count == 2 {
                    guard index + 1 < scalars.count, scalars[index + 1] == "=" else { return nil }
                    fields.append(String(current))
                    return decodeWord(charset: fields[0], encoding: fields[1], text: fields[2])
                        .map { ($0, index + 2 - start) }
                }
                fields.append(String(current))
                current.removeAll()
            } else {
                current.append(scalar)
            }
            index += 1
        }
        return nil
    }

    private static func decodeWord(charset: String, encoding: String, text: String) -> String? {
        guard !charset.isEmpty else { return nil }
        let bytes: [UInt8]
        switch encoding.uppercased() {
        case "B":
            bytes = TransferDecoding.base64(text.utf8)
        case "Q":
            bytes = qDecoded(Array(text.utf8))
        default:
            return nil
        }
        return CharsetDecoder.decode(Data(bytes), charset: charset)
    }

    /// The Q encoding (section 4.2): `_` is a space, `=XX` a byte, everything else itself. Not
    /// body quoted-printable: there are no line breaks, and a trailing space is data.
    private static func qDecoded(_ text: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < text.count {
            if text[index] == .equals, index + 2 < text.count,
                let high = PercentDecoding.hexValue(text[index + 1]),
                let low = PercentDecoding.hexValue(text[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(text[index] == UInt8(ascii: "_") ? .space : text[index])
                index += 1
            }
        }
        return output
    }
}
