import Foundation

/// Bytes → text only when the text is the file: for content handed over as text instead of
/// bytes (a text attachment given to a client as a text resource), where `CharsetDecoder`'s
/// repairs (a stray byte read as windows-1252, a lying label overruled) would hand over
/// something that is not what the sender attached.
///
/// The charset is the label's, else UTF-8, with the same supersets and the same
/// "valid UTF-8 under an ASCII-compatible label is UTF-8" rule as `CharsetDecoder`, so a text
/// reads the same here as in a body. nil when any byte sequence does not decode, for NUL
/// bytes (binary content labelled as text), and for UTF-16/32 (rare in attachments; such
/// files stay bytes).
public enum ExactTextDecoding {
    public static func decode(_ bytes: Data, declaredCharset: String?) -> String? {
        if bytes.isEmpty { return "" }
        return bytes.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), declaredCharset: declaredCharset)
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, declaredCharset: String?) -> String? {
        if bytes.contains(0) { return nil }
        var bytes = bytes
        let hasUTF8ByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if hasUTF8ByteOrderMark { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        if UnicodeWideDecoding.utf16ByteOrderMark(bytes) != nil || UnicodeWideDecoding.utf32ByteOrderMark(bytes) != nil
        {
            return nil
        }
        let validUTF8 = UTF8Scanning.isValid(bytes)
        switch hasUTF8ByteOrderMark ? .utf8 : CharsetFamily.resolve(declaredCharset) {
        case .utf8:
            return validUTF8 ? String(decoding: bytes, as: UTF8.self) : nil
        case .utf16, .utf32:
            return nil
        case .windows1252:
            if validUTF8 { return String(decoding: bytes, as: UTF8.self) }
            return Windows1252.decode(bytes)
        case .iso2022JP:
            return cleanIconv(bytes, candidates: ["ISO-2022-JP-2", "ISO-2022-JP-3"])
        case .iconv(let candidates):
            if validUTF8 && UTF8Scanning.containsNonASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return cleanIconv(bytes, candidates: candidates)
        }
    }

    private static func cleanIconv(_ bytes: UnsafeBufferPointer<UInt8>, candidates: [String]) -> String? {
        for candidate in candidates {
            if let conversion = IconvConverter.convert(bytes, from: candidate), conversion.invalidSequences == 0 {
                return conversion.text
            }
        }
        return nil
    }
}
