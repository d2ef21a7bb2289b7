/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) in a header value, plus unfolding.
///
/// - The value is unfolded first (`HeaderUnfolding`).
/// - Words are recognized anywhere, including inside quoted strings and glued to other text,
///   because senders put them there (`name="=?UTF-8?B?…?="`, `Re:=?utf-8?q?…?=`) even though
///   RFC 2047 §5 does not allow it; a strict reader would show the raw word to the model.
/// - Charset names are case-insensitive; an RFC 2231 language suffix (`UTF-8*en`) is ignored.
///   Decoding goes through `CharsetDecoder`, so unknown or lying charsets still give text.
/// - Whitespace between two adjacent encoded words is removed (RFC 2047 §6.2).
/// - Adjacent words in the same charset are joined as bytes before decoding, because senders
///   split multibyte characters across words.
/// - A malformed word (unknown encoding letter, bad base64, missing `?=`, whitespace inside)
///   is left exactly as written. In Q text, `_` is a space and `=XX` a byte; an `=` not
///   followed by two hex digits is kept literally.
public enum EncodedWords {
    public static func decode(_ headerValue: String) -> String {
        let unfolded = HeaderUnfolding.unfold(headerValue)
        guard unfolded.contains("=?") else { return unfolded }
        let bytes = Array(unfolded.utf8)
        return render(mergeAdjacentWords(segments(of: bytes), bytes: bytes), bytes: bytes)
    }

    private struct Word {
        var charset: String
        var bytes: [UInt8]
    }

    private enum Segment {
        case text(Range<Int>)
        case word(Word)
    }

    private static func segments(of bytes: [UInt8]) -> [Segment] {
        var segments = [Segment]()
        var textStart = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "?"),
                let (word, end) = parseWord(bytes, at: index)
            {
                if textStart < index { segments.append(.text(textStart..<index)) }
                segments.append(.word(word))
                index = end
                textStart = end
            } else {
                index += 1
            }
        }
        if textStart < bytes.count { segments.append(.text(textStart..<bytes.count)) }
        return segments
    }

    /// Parses `=?charset?X?text?=` at `start`; returns the word and the index after `?=`.
    private static func parseWord(_ bytes: [UInt8], at start: Int) -> (Word, Int)? {
        var index = start + 2
        let charsetStart = index
        while index < bytes.count, isCharsetByte(bytes[index]) { index += 1 }
        guard index > charsetStart, index + 2 < bytes.count, bytes[index] == UInt8(ascii: "?"),
            bytes[index + 2] == UInt8(ascii: "?")
        else { return nil }
        let charsetField = String(decoding: bytes[charsetStart..<index], as: UTF8.self)
        let encoding = bytes[index + 1] | 0x20  // lowercase ASCII letter
        index += 3
        let textStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "?") {
            if bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] < 0x20 { return nil }
            index += 1
        }
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "=") else { return nil }
        let text = Array(bytes[textStart..<index])
        let decoded: [UInt8]?
        switch encoding {
        case UInt8(ascii: "b"): decoded = Base64Decoding.decode(text)
        case UInt8(ascii: "q"): decoded = decodeQ(text)
        default: decoded = nil
        }
        guard let decoded else { return nil }
        let charset = charsetField.split(separator: "*", maxSplits: 1).first.map(String.init) ?? charsetField
        return (Word(charset: charset.lowercased(), bytes: decoded), index + 2)
    }

    /// RFC 2047 `token` characters (visible ASCII except especials), but with `.` allowed,
    /// which real charset names use ("ansi_x3.4-1968").
    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !"()<>@,;:\"/[]?=".utf8.contains(byte)
    }

    private static func decodeQ(_ text: [UInt8]) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else if byte == UInt8(ascii: "="), index + 2 < text.count,
                let high = hexValue(text[index + 1]), let low = hexValue(text[index + 2])
            {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Drops whitespace-only text between words and joins same-charset neighbours.
    private static func mergeAdjacentWords(_ segments: [Segment], bytes: [UInt8]) -> [Segment] {
        var merged = [Segment]()
        for (position, segment) in segments.enumerated() {
            switch segment {
            case .text(let range):
                let betweenWords =
                    position > 0 && position + 1 < segments.count
                    && isWord(segments[position - 1]) && isWord(segments[position + 1])
                if betweenWords && bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                merged.append(segment)
            case .word(let word):
                if case .word(var previous) = merged.last, previous.charset == word.charset {
                    previous.bytes.append(contentsOf: word.bytes)
                    merged[merged.count - 1] = .word(previous)
                } else {
                    merged.append(segment)
                }
            }
        }
        return merged
    }

    private static func isWord(_ segment: Segment) -> Bool {
        if case .word = segment { return true }
        return false
    }

    private static func render(_ segments: [Segment], bytes: [UInt8]) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case .text(let range):
                result += String(decoding: bytes[range], as: UTF8.self)
            case .word(let word):
                result += CharsetDecoder.decode(word.bytes, declaredCharset: word.charset)
            }
        }
        return result
    }
}
