/// RFC 2047 encoded words, `=?charset?B|Q?text?=`, checked against every rule before they are
/// decoded: the shape, at most 75 characters, a known charset, exact base64 or Q text, and
/// bytes that decode in the charset on their own (a word must not split a character, 2047
/// section 5).
enum StrictEncodedWords {
    /// Where a word stands. Section 5 narrows the Q alphabet inside a phrase (a display name).
    enum Context { case text, phrase }

    static let maximumLength = 75

    /// Whether a whitespace- or special-delimited word claims to be an encoded word.
    static func looksLikeWord<Text: StringProtocol>(_ word: Text) -> Bool {
        word.count >= 4 && word.hasPrefix("=?") && word.hasSuffix("?=")
    }

    /// Whether `text` holds something shaped like an encoded word anywhere, which outside a
    /// whole word is never decoded and so is a composer's mistake.
    static func containsWordShape<Text: StringProtocol>(_ text: Text) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "?"),
                wordShapeEnd(bytes, from: index) != nil
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// `=?cs?X?text?=` starting at `start`, with no whitespace in it: its end, or nil.
    private static func wordShapeEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var questionMarks = 0
        var index = start + 2
        while index < bytes.count, bytes[index].isVisibleASCII {
            if bytes[index] == UInt8(ascii: "?") {
                questionMarks += 1
                if questionMarks == 3 {
                    return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "=") ? index + 2 : nil
                }
            }
            index += 1
        }
        return nil
    }

    /// The decoded text of one word that `looksLikeWord`.
    static func decode<Text: StringProtocol>(
        _ word: Text, context: Context
    ) throws(StrictDecodingFailure) -> String {
        let shown = quotedForReason(word)
        guard word.count <= maximumLength else {
            throw StrictDecodingFailure(
                "has the encoded word \(shown), \(word.count) characters long; the limit is \(maximumLength) "
                    + "(RFC 2047 2)")
        }
        let fields = word.dropFirst(2).dropLast(2).split(separator: "?", omittingEmptySubsequences: false)
        guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else {
            throw StrictDecodingFailure(
                "has the malformed encoded word \(shown); the form is =?charset?B|Q?text?= (RFC 2047 2)")
        }
        let charsetName = String(fields[0])
        guard charsetName.utf8.allSatisfy({ StrictFieldLexer.isAtomCharacter($0, grammar: .mime) && $0 != .dot })
        else {
            throw StrictDecodingFailure("has the encoded word \(shown) with an invalid charset name (RFC 2047 2)")
        }
        guard let charset = StrictCharset(name: charsetName) else {
            throw StrictDecodingFailure(
                "has the encoded word \(shown) in the unsupported charset '\(charsetName)' (supported: "
                    + "\(StrictCharset.supportedNames))")
        }
        let text = Array(fields[2].utf8)
        let bytes: [UInt8]
        do throws(StrictDecodingFailure) {
            switch fields[1] {
            case "B", "b": bytes = try StrictBase64.decode(text)
            case "Q", "q": bytes = try qDecoded(text, context: context)
            default:
                throw StrictDecodingFailure("names the encoding '\(fields[1])'; only B and Q exist")
            }
        } catch {
            throw StrictDecodingFailure("has the encoded word \(shown), whose text \(error.reason) (RFC 2047 4)")
        }
        guard let decoded = charset.decode(bytes) else {
            throw StrictDecodingFailure(
                "has the encoded word \(shown), whose bytes are not valid \(charsetName) on their own; each word "
                    + "must hold whole characters (RFC 2047 5)")
        }
        return decoded
    }

    /// The Q encoding (RFC 2047 4.2): `_` is a space, `=XX` an octet in uppercase hex, other
    /// printable characters themselves, fewer of them inside a phrase (section 5 (3)).
    private static func qDecoded(_ text: [UInt8], context: Context) throws(StrictDecodingFailure) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "=") {
                guard index + 2 < text.count, text[index + 1].isUppercaseHexDigit, text[index + 2].isUppercaseHexDigit
                else {
                    throw StrictDecodingFailure("has an '=' not followed by two uppercase hex digits")
                }
                output.append(hexValue(text[index + 1]) << 4 | hexValue(text[index + 2]))
                index += 3
                continue
            }
            if byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else if isLiteral(byte, context: context) {
                output.append(byte)
            } else {
                throw StrictDecodingFailure(
                    "has the character '\(UnicodeScalar(byte))', which must be written =XX in Q encoding"
                        + (context == .phrase ? " inside a display name" : ""))
            }
            index += 1
        }
        return output
    }

    private static func isLiteral(_ byte: UInt8, context: Context) -> Bool {
        switch context {
        case .text:
            return byte.isVisibleASCII && byte != UInt8(ascii: "?")
        case .phrase:
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            return isAlphanumeric || "!*+-/".utf8.contains(byte)
        }
    }

    static func hexValue(_ digit: UInt8) -> UInt8 {
        digit <= 0x39 ? digit - 0x30 : digit - 0x41 + 10
    }

    /// An unstructured field value (RFC 5322 3.2.5) with its encoded words decoded: a word is
    /// a run between whitespace, and whitespace between two encoded words is dropped (RFC 2047
    /// 6.2). `longest` grows to the longest word seen.
    static func decodeUnstructured(_ value: String, longest: inout Int) throws(StrictDecodingFailure) -> String {
        guard value.contains("=?") else { return value }
        var output = ""
        var pendingSpace = ""
        var previousWasEncoded = false
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == " " || value[index] == "\t" {
                pendingSpace.append(value[index])
                index = value.index(after: index)
                continue
            }
            let end = value[index...].firstIndex { $0 == " " || $0 == "\t" } ?? value.endIndex
            let word = value[index..<end]
            if looksLikeWord(word) {
                let decoded = try decode(word, context: .text)
                longest = max(longest, word.count)
                if !previousWasEncoded { output += pendingSpace }
                output += decoded
                previousWasEncoded = true
            } else {
                if containsWordShape(word) {
                    throw StrictDecodingFailure(
                        "has an encoded word inside \(quotedForReason(word)); it must be separated from other text "
                            + "by whitespace (RFC 2047 5)")
                }
                output += pendingSpace + word
                previousWasEncoded = false
            }
            pendingSpace = ""
            index = end
        }
        return output + pendingSpace
    }
}
