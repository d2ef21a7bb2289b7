/// How a declared charset label is decoded. Labels are matched after lowercasing and removing
/// `-`, `_`, `.`, `:` and spaces, so "Shift_JIS", "shift-jis" and "SHIFTJIS" are one label.
///
/// Supersets replace the labelled charset wherever senders routinely use the superset under
/// the old name (the WHATWG Encoding Standard makes the same substitutions):
/// iso-8859-1/us-ascii → windows-1252, iso-8859-9 → windows-1254, tis-620 → windows-874,
/// shift_jis → CP932, euc-kr/ks_c_5601-1987 → CP949, gb2312/gbk → GB18030, big5 → CP950 then
/// Big5-HKSCS, euc-jp → EUC-JP then EUC-JP-MS (the NEC/IBM extensions such as ① and ㈱).
enum CharsetFamily: Equatable, Sendable {
    /// utf-8, us-ascii, a missing label and placeholders like "unknown-8bit".
    case utf8
    /// windows-1252 and the labels that mean it in practice.
    case windows1252
    case utf16(UnicodeWideDecoding.ByteOrder?)
    case utf32(UnicodeWideDecoding.ByteOrder?)
    /// Converted through `ISO2022JPTranscoder` so NEC special characters survive.
    case iso2022JP
    /// glibc iconv names, tried in order (see `CharsetDecoder`).
    case iconv([String])

    static func resolve(_ label: String?) -> CharsetFamily {
        guard let label, let cleaned = cleanedLabel(label) else { return .utf8 }
        let key = compactKey(cleaned)
        if let family = fixedFamilies[key] { return family }
        if let family = numberedFamily(key) { return family }
        // Unknown to us: iconv knows many more names. Try the label as written, then without
        // an experimental "x-" prefix. The label comes from the sender, so only plain charset
        // names reach iconv_open: no "/" (iconv's "//TRANSLIT" suffixes), nothing long.
        let isPlainName =
            cleaned.utf8.count <= 40
            && cleaned.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }
        guard isPlainName else { return .utf8 }
        var candidates = [cleaned.uppercased()]
        if cleaned.lowercased().hasPrefix("x-") { candidates.append(String(cleaned.dropFirst(2)).uppercased()) }
        return .iconv(candidates)
    }

    /// Trims quotes, whitespace and trailing comments: `"utf-8" (Unicode)` → `utf-8`.
    private static func cleanedLabel(_ label: String) -> String? {
        var text = Substring(label)
        let trimmed: (Character) -> Bool = { " \t\r\n\"'".contains($0) }
        while let first = text.first, trimmed(first) { text.removeFirst() }
        while let last = text.last, trimmed(last) { text.removeLast() }
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "(" || $0 == ";" || $0 == "\t" }) {
            text = text[..<cut]
        }
        return text.isEmpty ? nil : String(text)
    }

    private static func compactKey(_ label: String) -> String {
        String(label.lowercased().filter { !"-_.: ".contains($0) })
    }

    /// iso-8859-N, latinN, windows-125N / cp125N.
    private static func numberedFamily(_ key: String) -> CharsetFamily? {
        if key.hasPrefix("iso8859") {
            var number = String(key.dropFirst(7))
            if number.hasSuffix("i") || number.hasSuffix("e") { number.removeLast() }  // 8859-8-i, 8859-6-e
            guard let value = Int(number), (1...16).contains(value), value != 12 else { return nil }
            if value == 1 { return .windows1252 }
            if value == 9 { return .iconv(["CP1254", "ISO-8859-9"]) }
            if value == 11 { return .iconv(["CP874", "TIS-620"]) }
            return .iconv(["ISO-8859-\(value)"])
        }
        for prefix in ["windows", "xcp", "cp"] where key.hasPrefix(prefix) {
            guard let value = Int(key.dropFirst(prefix.count)), (1250...1258).contains(value) else { continue }
            return value == 1252 ? .windows1252 : .iconv(["CP\(value)"])
        }
        if key.hasPrefix("latin"), let value = Int(key.dropFirst(5)) {
            let isoNumber = [2: 2, 3: 3, 4: 4, 5: 9, 6: 10, 7: 13, 8: 14, 9: 15, 10: 16][value]
            guard let isoNumber else { return nil }
            return numberedFamily("iso8859\(isoNumber)")
        }
        return nil
    }

    private static let fixedFamilies: [String: CharsetFamily] = {
        var table = [String: CharsetFamily]()
        func add(_ family: CharsetFamily, _ keys: [String]) {
            for key in keys { table[key] = family }
        }
        add(
            .utf8,
            [
                "utf8", "unicode11utf8", "unicode20utf8", "xunicode20utf8", "usascii", "ascii", "ansix341968",
                "iso646us", "us", "cp367", "ibm367", "csascii", "unknown", "unknown8bit", "xunknown", "7bit", "8bit",
                "default", "none",
            ])
        add(
            .windows1252,
            [
                "iso88591", "latin1", "l1", "cp819", "ibm819", "isoir100", "csisolatin1", "iso885911987", "ansi",
                "iso8859",
            ])
        add(.utf16(nil), ["utf16", "ucs2", "unicode", "csunicode", "iso10646ucs2"])
        add(.utf16(.bigEndian), ["utf16be", "unicodefffe"])
        add(.utf16(.littleEndian), ["utf16le", "unicodefeff"])
        add(.utf32(nil), ["utf32", "ucs4"])
        add(.utf32(.bigEndian), ["utf32be"])
        add(.utf32(.littleEndian), ["utf32le"])
        add(.iso2022JP, ["iso2022jp", "csiso2022jp", "iso2022jp1", "iso2022jp2", "iso2022jp3", "jis", "xjis"])
        add(
            .iconv(["CP932", "SHIFT_JIS"]),
            [
                "shiftjis", "sjis", "xsjis", "mskanji", "csshiftjis", "windows31j", "cswindows31j", "cp932", "ms932",
                "xmscp932", "mscp932",
            ])
        add(.iconv(["EUC-JP", "EUC-JP-MS"]), ["eucjp", "xeucjp", "cseucpkdfmtjapanese", "eucjpms", "xeucjpms"])
        add(
            .iconv(["GB18030"]),
            [
                "gb2312", "gbk", "cp936", "xgbk", "gb231280", "csgb2312", "csgb231280", "csiso58gb231280", "euccn",
                "xeuccn", "chinese", "isoir58", "gb18030", "ms936", "windows936",
            ])
        add(
            .iconv(["CP950", "BIG5-HKSCS", "BIG5"]),
            ["big5", "big5hkscs", "cnbig5", "csbig5", "xxbig5", "xbig5", "cp950", "ms950", "windows950"])
        add(
            .iconv(["CP949", "EUC-KR"]),
            [
                "euckr", "cseuckr", "ksc56011987", "ksc5601", "ksc56011989", "korean", "csksc56011987", "cp949", "uhc",
                "windows949", "xwindows949", "isoir149", "xuhc",
            ])
        add(.iconv(["ISO-2022-KR"]), ["iso2022kr", "csiso2022kr"])
        add(.iconv(["KOI8-R"]), ["koi8r", "koi8", "koi", "cskoi8r"])
        add(.iconv(["KOI8-U"]), ["koi8u", "koi8ru"])
        add(.iconv(["CP874", "TIS-620"]), ["tis620", "windows874", "cp874", "dos874", "iso885911"])
        add(.iconv(["CP866"]), ["cp866", "ibm866", "866", "csibm866"])
        add(.iconv(["MACINTOSH"]), ["macintosh", "mac", "xmacroman", "csmacintosh", "macroman"])
        add(.iconv(["UTF-7"]), ["utf7", "unicode11utf7", "csunicode11utf7"])
        return table
    }()
}
