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
}
