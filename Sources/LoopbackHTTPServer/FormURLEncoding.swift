/// Decoding of `application/x-www-form-urlencoded` text, shared by query strings and form bodies.
enum FormURLEncoding {
    /// Splits `a=1&b=2` into ordered pairs; a piece without `=` has an empty value, and empty
    /// pieces (`a=1&&b=2`) are skipped, as browsers and Google's front end do.
    static func decodePairs(_ text: Substring) -> [HeaderField] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            if let equals = piece.firstIndex(of: "=") {
                return HeaderField(
                    name: decodeComponent(piece[..<equals]),
                    value: decodeComponent(piece[piece.index(after: equals)...])
                )
            }
            return HeaderField(name: decodeComponent(piece), value: "")
        }
    }

    /// `+` becomes a space and `%XX` a byte; a `%` not followed by two hex digits stays literal
    /// so that a sloppy client still gets its data back instead of an error.
    static func decodeComponent(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
                index += 1
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
