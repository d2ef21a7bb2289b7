/// `&name;`, `&#123;` and `&#x1F600;` in HTML text and attribute values.
///
/// - Named: case-sensitive lookup in `HTMLEntities`; the `;` is required except for the
///   legacy few (`&amp`, `&nbsp`, …) in text, and never optional in attributes, where
///   `&copy=2` in a URL is a query parameter, not ©.
/// - Numeric: decimal or hex, `;` optional. 0x80…0x9F are read as windows-1252 (what Word
///   and browsers do: `&#150;` is an en dash). NUL, surrogates and values above U+10FFFF are
///   invalid and left as written, as are unknown names.
enum HTMLCharacterReference {
    /// The decoded scalar and the number of bytes consumed, or nil to keep the `&` literally.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, inAttribute: Bool
    ) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") { return decodeNumeric(bytes, at: start) }
        let nameStart = index
        while index < bytes.count, index - nameStart < 32, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") {
            guard let scalar = HTMLEntities.scalar(named: name) else { return nil }
            return (scalar, index + 1 - start)
        }
        guard !inAttribute, HTMLEntities.legacyWithoutSemicolon.contains(name),
            let scalar = HTMLEntities.scalar(named: name)
        else { return nil }
        return (scalar, index - start)
    }

    private static func decodeNumeric(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 2
        var isHex = false
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
            isHex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count {
            let digit: UInt32
            if let hex = EncodedWords.hexValue(bytes[index]), isHex || bytes[index] <= UInt8(ascii: "9") {
                digit = UInt32(hex)
            } else {
                break
            }
            value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)  // saturate: stays invalid
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        if (0x80...0x9F).contains(value) { return (Windows1252.scalar(for: UInt8(value)), index - start) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, index - start)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// An attribute value with its references decoded.
    static func decodeAttribute(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (scalar, length) = decode(bytes, at: index, inAttribute: true) {
                UTF8Scanning.append(scalar, to: &output)
                index += length
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
