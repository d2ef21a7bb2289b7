/// UTF-16 and UTF-32 decoded by hand (no iconv needed): a byte order, the code units, and
/// Swift's own repair of broken surrogates into U+FFFD.
enum UnicodeWideDecoding {
    enum ByteOrder: Equatable, Sendable {
        case bigEndian
        case littleEndian
    }

    /// A leading BOM: its length and the order it announces. UTF-32 is checked first because
    /// its little-endian BOM starts with the UTF-16 one.
    static func utf32ByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrder? {
        guard bytes.count >= 4 else { return nil }
        if bytes[0] == 0x00, bytes[1] == 0x00, bytes[2] == 0xFE, bytes[3] == 0xFF { return .bigEndian }
        if bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0x00, bytes[3] == 0x00 { return .littleEndian }
        return nil
    }

    static func utf16ByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrder? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return .bigEndian }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return .littleEndian }
        return nil
    }

    /// No BOM: RFC 2781 §4.3 says big-endian, but a "utf-16" label without BOM is often
    /// little-endian Windows output, so look at the bytes first. Text that is mostly Latin has
    /// a zero high byte in every unit; Greek, Cyrillic, Hebrew and Arabic have a high byte in
    /// 0x03...0x06. Whichever column (even or odd offsets) holds more of those is the high-byte
    /// column; a tie keeps RFC 2781's big-endian default.
    static func guessUTF16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrder {
        var evenScore = 0
        var oddScore = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] <= 0x06 { evenScore += 1 }
            if bytes[index + 1] <= 0x06 { oddScore += 1 }
            index += 2
        }
        return oddScore > evenScore ? .littleEndian : .bigEndian
    }

    static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, order: ByteOrder) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(order == .bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        // An odd trailing byte cannot be a code unit; show it rather than drop it.
        if index < bytes.count { text.unicodeScalars.append(Unicode.Scalar(0xFFFD)!) }
        return text
    }

    static func decodeUTF32(_ bytes: UnsafeBufferPointer<UInt8>, order: ByteOrder) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index + 3 < bytes.count {
            let quad = (0..<4).map { UInt32(bytes[index + $0]) }
            let value =
                order == .bigEndian
                ? quad[0] << 24 | quad[1] << 16 | quad[2] << 8 | quad[3]
                : quad[3] << 24 | quad[2] << 16 | quad[1] << 8 | quad[0]
            scalars.append(Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!)
            index += 4
        }
        if index < bytes.count { scalars.append(Unicode.Scalar(0xFFFD)!) }
        return String(scalars)
    }
}
