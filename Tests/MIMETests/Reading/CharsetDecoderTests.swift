import Foundation
import Testing

@testable import MIME

@Suite("CharsetDecoder")
struct CharsetDecoderTests {
    private func decode(_ bytes: [UInt8], _ charset: String?) -> String {
        CharsetDecoder.decode(Data(bytes), declaredCharset: charset)
    }

    @Test func utf8AndItsAliases() {
        let bytes: [UInt8] = [0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65]
        #expect(decode(bytes, "UTF-8") == "Grüße")
        #expect(decode(bytes, "utf8") == "Grüße")
        #expect(decode(bytes, "\"utf-8\"") == "Grüße")
        #expect(decode(bytes, nil) == "Grüße")
    }

    @Test func latin1AndWindows1252() {
        #expect(decode([0x47, 0x72, 0xFC, 0xDF, 0x65], "ISO-8859-1") == "Grüße")
        #expect(decode([0x47, 0x72, 0xFC, 0xDF, 0x65], "latin1") == "Grüße")
        // “Hi” ‘x’ € – …  (0x93 0x94 0x91 0x92 0x80 0x96 0x85)
        let curly: [UInt8] = [0x93, 0x48, 0x69, 0x94, 0x20, 0x91, 0x78, 0x92, 0x20, 0x80, 0x20, 0x96, 0x20, 0x85]
        #expect(decode(curly, "windows-1252") == "\u{201C}Hi\u{201D} \u{2018}x\u{2019} \u{20AC} \u{2013} \u{2026}")
        #expect(decode(curly, "cp1252") == "\u{201C}Hi\u{201D} \u{2018}x\u{2019} \u{20AC} \u{2013} \u{2026}")
        // Labelled Latin-1 but written by Windows: the C1 range is windows-1252.
        #expect(decode([0x93, 0x6F, 0x6B, 0x94], "iso-8859-1") == "\u{201C}ok\u{201D}")
    }

    @Test func iso8859_15EuroAndIso8859_2() {
        #expect(decode([0x31, 0x30, 0x20, 0xA4], "ISO-8859-15") == "10 \u{20AC}")
        #expect(decode([0xA3, 0xF3, 0x64, 0xBC], "iso-8859-2") == "Łódź")
        #expect(decode([0xA3, 0xF3, 0x64, 0xBC], "latin2") == "Łódź")
    }

    @Test func windows1250() {
        #expect(decode([0xA3, 0xF3, 0x64, 0x9F], "windows-1250") == "Łódź")
        #expect(decode([0x8A, 0x9A], "cp1250") == "Šš")
    }

    @Test func koi8R() {
        #expect(decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "KOI8-R") == "Привет")
    }

    @Test func shiftJISUsesCP932() {
        let konnichiwa: [UInt8] = [0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD]
        #expect(decode(konnichiwa, "Shift_JIS") == "こんにちは")
        #expect(decode(konnichiwa, "x-sjis") == "こんにちは")
        // NEC row 13 (①, ㈱) and 0x5C as a backslash exist only in the CP932 superset.
        #expect(decode([0x87, 0x40, 0x87, 0x8A, 0x5C], "shift_jis") == "①㈱\\")
    }

    @Test func iso2022JP() {
        let bytes: [UInt8] = [
            0x1B, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4B, 0x24, 0x41, 0x24, 0x4F, 0x1B, 0x28, 0x42,
        ]
        #expect(decode(bytes, "ISO-2022-JP") == "こんにちは")
        #expect(decode([0x41] + bytes + [0x21], "iso-2022-jp") == "Aこんにちは!")
    }

    @Test func iso2022JPWithNECSpecialCharacters() {
        // ESC $ B, 0x2D21 (①) 0x2D6A (㈱), ESC ( B: rejected by glibc's ISO-2022-JP converters.
        let bytes: [UInt8] = [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x2D, 0x6A, 0x1B, 0x28, 0x42]
        #expect(decode(bytes, "ISO-2022-JP") == "①㈱")
    }

    @Test func eucJPAndEUCKR() {
        #expect(decode([0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC], "EUC-JP") == "日本語")
        let annyeong: [UInt8] = [0xBE, 0xC8, 0xB3, 0xE7, 0xC7, 0xCF, 0xBC, 0xBC, 0xBF, 0xE4]
        #expect(decode(annyeong, "EUC-KR") == "안녕하세요")
        #expect(decode(annyeong, "ks_c_5601-1987") == "안녕하세요")
    }

    @Test func iso2022KR() {
        #expect(decode([0x1B, 0x24, 0x29, 0x43, 0x0E, 0x3E, 0x48, 0x33, 0x67, 0x0F], "ISO-2022-KR") == "안녕")
    }

    @Test func chineseSimplifiedAsGB18030() {
        #expect(decode([0xC4, 0xE3, 0xBA, 0xC3], "GBK") == "你好")
        #expect(decode([0xC4, 0xE3, 0xBA, 0xC3], "gb2312") == "你好")
        // A four-byte GB18030 sequence, outside GB2312 and GBK.
        #expect(decode([0x95, 0x32, 0x82, 0x36], "GB2312") == "\u{20000}")
    }

    @Test func big5Traditional() {
        #expect(decode([0xA7, 0x41, 0xA6, 0x6E], "Big5") == "你好")
        // The euro sign exists in Microsoft's CP950 flavour of Big5.
        #expect(decode([0xA3, 0xE1], "big5") == "\u{20AC}")
    }

    @Test func utf16WithByteOrderMarks() {
        #expect(decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], "UTF-16") == "Hi")
        #expect(decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], "utf-16") == "Hi")
        // The BOM wins even over a wrong label.
        #expect(decode([0xFF, 0xFE, 0x1F, 0x04, 0x40, 0x04], "iso-8859-1") == "Пр")
    }

    @Test func utf16WithoutByteOrderMark() {
        let bigEndian: [UInt8] = [0x00, 0x48, 0x00, 0x69, 0x00, 0x20, 0x4F, 0x60, 0x59, 0x7D]
        #expect(decode(bigEndian, "UTF-16") == "Hi 你好")
        #expect(decode(bigEndian, "UTF-16BE") == "Hi 你好")
        let littleEndian: [UInt8] = [0x47, 0x00, 0x72, 0x00, 0xFC, 0x00, 0xDF, 0x00, 0x65, 0x00]
        #expect(decode(littleEndian, "UTF-16") == "Grüße")
        #expect(decode(littleEndian, "utf-16le") == "Grüße")
        let cyrillicBigEndian: [UInt8] = [0x04, 0x1F, 0x04, 0x40, 0x04, 0x38, 0x04, 0x32, 0x04, 0x35, 0x04, 0x42]
        #expect(decode(cyrillicBigEndian, "utf-16") == "Привет")
        let cyrillicLittleEndian: [UInt8] = [0x1F, 0x04, 0x40, 0x04, 0x38, 0x04, 0x32, 0x04, 0x35, 0x04, 0x42, 0x04]
        #expect(decode(cyrillicLittleEndian, "UTF-16") == "Привет")
    }

    @Test func utf16LabelOnUTF8Bytes() {
        // What Gmail hands out after converting a UTF-16 part: UTF-8 with the old label.
        #expect(decode([0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65, 0x0A], "utf-16") == "Grüße\n")
    }

    @Test func utf8ByteOrderMarkIsRemoved() {
        #expect(decode([0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9], "utf-8") == "hé")
        #expect(decode([0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9], "windows-1252") == "hé")
    }

    @Test func unknownCharsetFallsBackToUTF8ThenWindows1252() {
        #expect(decode([0x68, 0xC3, 0xA9], "x-no-such-charset") == "hé")
        #expect(decode([0x68, 0xE9], "x-no-such-charset") == "hé")
        #expect(decode([0x68, 0xE9], "") == "hé")
    }

    @Test func lyingCharsets() {
        // us-ascii label on UTF-8 bytes
        #expect(decode([0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65], "us-ascii") == "Grüße")
        // utf-8 label on Latin-1 bytes
        #expect(decode([0x47, 0x72, 0xFC, 0xDF, 0x65], "utf-8") == "Grüße")
        // utf-8 label, UTF-8 text with one stray windows-1252 byte: both survive
        #expect(decode([0xC3, 0xA9, 0x20, 0x93, 0x78, 0x94], "utf-8") == "é \u{201C}x\u{201D}")
        // Latin-1 label on UTF-8 bytes (also Gmail's own UTF-8 conversion)
        #expect(decode([0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65], "iso-8859-1") == "Grüße")
        // Shift_JIS label on UTF-8 bytes
        #expect(decode([0xE3, 0x81, 0x93, 0xE3, 0x82, 0x93], "Shift_JIS") == "こん")
        // KOI8-R label on Latin-1 bytes is not detectable (every byte is valid KOI8-R): decoded as labelled
        #expect(decode([0xFC, 0xDF], "koi8-r") == "Эъ")
        // Shift_JIS label on Latin-1 bytes: mostly invalid, so the label is treated as a lie
        #expect(decode([0x47, 0x72, 0xFC, 0xDF, 0x65], "shift_jis") == "Grüße")
    }

    @Test func damagedTextKeepsItsCharset() {
        // 20 good Shift_JIS characters and one truncated lead byte at the end.
        let bytes: [UInt8] = [[UInt8]](repeating: [0x82, 0xA0], count: 20).flatMap { $0 } + [0x82]
        #expect(decode(bytes, "shift_jis") == String(repeating: "あ", count: 20) + "\u{201A}")
    }

    @Test func emptyInput() {
        #expect(decode([], "utf-16") == "")
    }

    @Test func charsetLabelWithCommentAndCase() {
        #expect(decode([0xFC], "ISO-8859-1 (Western)") == "ü")
        #expect(decode([0xF0, 0xD2], "koi8-R") == "Пр")
    }

    @Test func charsetNamesIconvKnowsButWeDoNotList() {
        #expect(decode([0x00, 0x48, 0x00, 0xE9], "UCS-2BE") == "Hé")
        #expect(decode([0x9D, 0xA2, 0x64, 0xAB], "CP852") == "Łódź")
    }

    @Test func suspiciousCharsetNamesNeverReachIconv() {
        #expect(decode([0x68, 0xE9], "UTF-8//TRANSLIT") == "hé")
        #expect(decode([0x68, 0xE9], "../../etc/passwd") == "hé")
    }
}
