import Foundation

/// base64url (RFC 4648 §5), the encoding of Gmail's `body.data` and `raw` fields.
///
/// Decoding is deliberately lenient about form and strict about content:
/// - padding is optional (Gmail's own output is unpadded, other producers pad);
/// - ASCII whitespace anywhere is skipped (re-wrapped or hand-made data carries line breaks);
/// - the standard alphabet (`+` `/`) is accepted next to the URL-safe one (`-` `_`), because
///   both appear in the wild and the two never conflict.
///
/// Anything else makes the whole input invalid and `decode` returns nil: a foreign character,
/// data after `=` padding, or a dangling single character (6 bits cannot form a byte). Callers
/// treat nil as "no bytes" instead of guessing at partial content.
public enum Base64URL {
    public static func decode(_ text: String) -> Data? {
        var text = text
        let bytes = text.withUTF8 { Base64Decoding.decode($0) }
        return bytes.map { Data($0) }
    }

    /// URL-safe alphabet, no padding: the form Gmail emits and accepts for `raw`.
    public static func encode(_ data: Data) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output = [UInt8]()
        output.reserveCapacity((data.count + 2) / 3 * 4)
        var index = data.startIndex
        while index < data.endIndex {
            let remaining = data.distance(from: index, to: data.endIndex)
            let first = UInt32(data[index])
            let second = remaining > 1 ? UInt32(data[data.index(index, offsetBy: 1)]) : 0
            let third = remaining > 2 ? UInt32(data[data.index(index, offsetBy: 2)]) : 0
            let group = first << 16 | second << 8 | third
            output.append(alphabet[Int(group >> 18 & 0x3F)])
            output.append(alphabet[Int(group >> 12 & 0x3F)])
            if remaining > 1 { output.append(alphabet[Int(group >> 6 & 0x3F)]) }
            if remaining > 2 { output.append(alphabet[Int(group & 0x3F)]) }
            index = data.index(index, offsetBy: min(3, remaining))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
