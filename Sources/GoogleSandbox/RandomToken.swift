/// Random strings from the URL-safe base64 alphabet, the characters Google's tokens use, so a
/// client that mangles `-` or `_` (or `/` in refresh tokens) fails against the fake too.
enum RandomToken {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    static func urlSafe(count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Shaped like Google's: `1//0g` and then opaque characters.
    static func refreshToken() -> String {
        "1//0g" + urlSafe(count: 40)
    }

    /// Shaped like Google's: `ya29.a0` and then opaque characters.
    static func accessToken() -> String {
        "ya29.a0" + urlSafe(count: 100)
    }
}
