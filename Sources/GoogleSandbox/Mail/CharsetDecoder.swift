import CoreFoundation
import Foundation

/// Bytes in a declared charset as text, the way a forgiving mail reader decodes them. Mail lies
/// about its charset often enough that a strict decoder would lose text: a declared ASCII or
/// UTF-8 body that does not decode as such falls back to UTF-8 and then Windows-1252, and so
/// does an unknown charset. Latin-1 is read as Windows-1252, as browsers (and Gmail) do.
enum CharsetDecoder {
    static func decode(_ bytes: Data, charset: String?) -> String {
        let name = normalizedName(charset)
        switch name {
        case "", "us-ascii", "ascii", "utf-8", "utf8", "unicode-1-1-utf-8":
            return lenient(bytes)
        case "utf-16":
            return decodeUTF16WithByteOrderMark(bytes)
        default:
            guard let encoding = encoding(named: name) else { return lenient(bytes) }
            var data = bytes
            // An explicit-endian UTF-16 label forbids a BOM; one sent anyway is not text.
            if name == "utf-16be" || name == "utf-16le", data.count >= 2,
                (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF)
                    || (data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
            {
                data = data.dropFirst(2)
            }
            return String(data: data, encoding: encoding) ?? lenient(bytes)
        }
    }

    /// UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise (Latin-1 for the five bytes
    /// 1252 leaves undefined), so that every byte sequence decodes to something readable.
    static func lenient(_ bytes: Data) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    private static func windows1252(_ bytes: Data) -> String {
        if let text = String(data: bytes, encoding: .windowsCP1252) { return text }
        return String(data: bytes, encoding: .isoLatin1) ?? ""
    }

    /// RFC 2781: without a BOM, UTF-16 is big-endian.
    private static func decodeUTF16WithByteOrderMark(_ bytes: Data) -> String {
        guard bytes.count >= 2 else { return lenient(bytes) }
        let first = bytes[bytes.startIndex]
        let second = bytes[bytes.startIndex + 1]
        if first == 0xFF, second == 0xFE {
            return String(data: bytes.dropFirst(2), encoding: .utf16LittleEndian) ?? lenient(bytes)
        }
        let body = first == 0xFE && second == 0xFF ? bytes.dropFirst(2) : bytes
        return String(data: body, encoding: .utf16BigEndian) ?? lenient(bytes)
    }

    private static func normalizedName(_ charset: String?) -> String {
        guard let charset else { return "" }
        var name = charset.trimmingWhitespace().lowercased()
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
            name = String(name.dropFirst().dropLast())
        }
        // RFC 2231 allows a language after the charset: `utf-8*de`.
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }
        return name
    }

    private static func encoding(named name: String) -> String.Encoding? {
        switch name {
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "x-cp1252":
            return .windowsCP1252
        case "iso-8859-2", "iso8859-2", "latin2", "l2": return .isoLatin2
        case "windows-1250", "cp1250", "x-cp1250": return .windowsCP1250
        case "windows-1251", "cp1251", "x-cp1251": return .windowsCP1251
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254": return .windowsCP1254
        case "utf-16be": return .utf16BigEndian
        case "utf-16le": return .utf16LittleEndian
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis": return .shiftJIS
        case "iso-2022-jp", "csiso2022jp": return .iso2022JP
        default: return coreFoundationEncoding(named: name)
        }
    }

    /// Charsets Foundation names no constant for, reached through their CoreFoundation numbers.
    private static func coreFoundationEncoding(named name: String) -> String.Encoding? {
        let number: CFStringEncodings
        switch name {
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9": number = .isoLatin9
        case "iso-8859-5", "iso8859-5": number = .isoLatinCyrillic
        case "iso-8859-7", "iso8859-7": number = .isoLatinGreek
        case "koi8-r", "cskoi8r": number = .KOI8_R
        case "koi8-u": number = .KOI8_U
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "csgb2312": number = .GB_18030_2000
        case "big5", "big-5", "x-x-big5", "csbig5", "cn-big5": number = .big5
        case "big5-hkscs": number = .big5_HKSCS_1999
        case "euc-kr", "ks_c_5601-1987", "cp949": number = .EUC_KR
        case "euc-jp", "x-euc-jp": number = .EUC_JP
        case "windows-31j", "cp932": number = .dosJapanese
        default: return nil
        }
        let converted = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(number.rawValue))
        return String.Encoding(rawValue: converted)
    }
}
