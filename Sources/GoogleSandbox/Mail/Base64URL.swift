import Foundation

/// RFC 4648 section 5 encoding as Gmail writes it: `-` and `_`, no line breaks. Body and
/// attachment `data` come unpadded, the `raw` of a message padded (both observed).
enum Base64URL {
    static func unpadded(_ data: Data) -> String {
        var text = padded(data)
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    static func padded(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
    }

    /// The bytes of unpadded base64url text in canonical form (what `unpadded` writes for them);
    /// nil for anything else: padding, other characters, a cut-off quantum, stray low bits.
    static func decoded(unpadded text: String) -> Data? {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        guard text.utf8.allSatisfy(alphabet.contains) else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.utf8.count % 4 != 0 { standard += "=" }
        guard let data = Data(base64Encoded: standard), unpadded(data) == text else { return nil }
        return data
    }
}
