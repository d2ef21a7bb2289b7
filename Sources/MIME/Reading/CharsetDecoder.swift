import Foundation

/// Bytes in a declared charset → text. Never fails, never drops a byte.
///
/// Order of decisions:
/// 1. A byte-order mark wins over the label (UTF-8, UTF-16, UTF-32) and is removed.
/// 2. The label is resolved by `CharsetFamily` (aliases, supersets).
/// 3. Valid UTF-8 that contains non-ASCII bytes is read as UTF-8 whatever an ASCII-compatible
///    label says. Gmail's `format=full` has been observed to hand out text parts already
///    converted to UTF-8 while keeping the original `charset=` header (openclaw/gogcli #446,
///    #511, for iso-2022-jp), and "us-ascii"/"latin1" labels on UTF-8 bytes are a common
///    sender bug. Text really written in a legacy 8-bit charset is almost never valid UTF-8.
///    Pure-ASCII bytes still go through the label, because ISO-2022-JP/KR and UTF-7 are
///    7-bit encodings whose escapes mean something.
/// 4. UTF-16/32 labels: the bytes are read as UTF-16/32 when they look like it (a zero byte,
///    C0 control bytes, or invalid UTF-8 with an even length); otherwise they are UTF-8 (see
///    3). Without a BOM the byte order is guessed (`UnicodeWideDecoding`).
/// 5. Other labels go to glibc iconv (`IconvConverter`); of several candidate converters the
///    first that decodes without error wins, else the one with fewest errors. If that one
///    still failed on more than 1 in 20 of the non-ASCII bytes, the label is taken to be a lie.
/// 6. Fallback for lies, unknown labels and missing labels: UTF-8, with each byte that is not
///    valid UTF-8 read as windows-1252 (which maps every byte).
///
/// Line endings are left alone here: body text normalization is `BodyTextNormalizer`'s job.
public enum CharsetDecoder {
    public static func decode(_ bytes: Data, declaredCharset: String?) -> String {
        if bytes.isEmpty { return "" }
        return bytes.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), declaredCharset: declaredCharset)
        }
    }

    static func decode(_ bytes: [UInt8], declaredCharset: String?) -> String {
        bytes.withUnsafeBufferPointer { decode($0, declaredCharset: declaredCharset) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, declaredCharset: String?) -> String {
        if bytes.isEmpty { return "" }
        if let text = decodeByteOrderMark(bytes) { return text }
        let family = CharsetFamily.resolve(declaredCharset)
        let text: String
        switch family {
        case .utf16(let order):
            text = looksLikeWideText(bytes) ? decodeUTF16(bytes, order: order) : UTF8Scanning.decodeRepairing(bytes)
        case .utf32(let order):
            text =
                looksLikeWideText(bytes) && bytes.count % 4 == 0
                ? UnicodeWideDecoding.decodeUTF32(bytes, order: order ?? .bigEndian)
                : UTF8Scanning.decodeRepairing(bytes)
        case .utf8:
            text = UTF8Scanning.decodeRepairing(bytes)
        case .windows1252, .iso2022JP, .iconv:
            if UTF8Scanning.containsNonASCII(bytes) && UTF8Scanning.isValid(bytes) {
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                text = decodeLegacy(bytes, family: family)
            }
        }
        return droppingByteOrderMark(text)
    }

    private static func decodeByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return UTF8Scanning.decodeRepairing(UnsafeBufferPointer(rebasing: bytes[3...]))
        }
        if let order = UnicodeWideDecoding.utf32ByteOrderMark(bytes) {
            return UnicodeWideDecoding.decodeUTF32(UnsafeBufferPointer(rebasing: bytes[4...]), order: order)
        }
        if let order = UnicodeWideDecoding.utf16ByteOrderMark(bytes) {
            return UnicodeWideDecoding.decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), order: order)
        }
        return nil
    }

    private static func decodeUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, order: UnicodeWideDecoding.ByteOrder?
    ) -> String {
        UnicodeWideDecoding.decodeUTF16(bytes, order: order ?? UnicodeWideDecoding.guessUTF16ByteOrder(bytes))
    }

    /// UTF-16/32 text almost always has a zero byte (Latin) or a C0 control byte (the high
    /// byte of Greek, Cyrillic, Hebrew, Arabic); UTF-8 text has neither except TAB, LF, CR, FF
    /// and ESC.
    private static func looksLikeWideText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        let hasControl = bytes.contains { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }
        return hasControl || !UTF8Scanning.isValid(bytes)
    }

    private static func decodeLegacy(_ bytes: UnsafeBufferPointer<UInt8>, family: CharsetFamily) -> String {
        switch family {
        case .windows1252:
            return Windows1252.decode(bytes)
        case .iso2022JP:
            if let euc = ISO2022JPTranscoder.eucJPBytes(bytes) {
                return euc.withUnsafeBufferPointer {
                    decodeWithIconv($0, candidates: ["EUC-JP", "EUC-JP-MS"], judgedAgainst: bytes)
                }
            }
            return decodeWithIconv(bytes, candidates: ["ISO-2022-JP-2", "ISO-2022-JP-3"], judgedAgainst: bytes)
        case .iconv(let candidates):
            return decodeWithIconv(bytes, candidates: candidates, judgedAgainst: bytes)
        case .utf8, .utf16, .utf32:
            return UTF8Scanning.decodeRepairing(bytes)
        }
    }

    /// `original` is what the error budget is measured against (for ISO-2022-JP the converted
    /// bytes differ from what the sender wrote).
    private static func decodeWithIconv(
        _ bytes: UnsafeBufferPointer<UInt8>, candidates: [String], judgedAgainst original: UnsafeBufferPointer<UInt8>
    ) -> String {
        var best: IconvConversion?
        for candidate in candidates {
            guard let conversion = IconvConverter.convert(bytes, from: candidate) else { continue }
            if conversion.invalidSequences == 0 { return conversion.text }
            if best == nil || conversion.invalidSequences < best!.invalidSequences { best = conversion }
        }
        guard let best else { return UTF8Scanning.decodeRepairing(original) }
        let nonASCII = max(1, original.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) })
        if best.invalidSequences * 20 > nonASCII { return UTF8Scanning.decodeRepairing(original) }
        return best.text
    }

    private static func droppingByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
