import Foundation

/// `application/x-www-form-urlencoded`, as the token endpoint reads it. Everything outside the
/// RFC 3986 unreserved set is percent-encoded, so a refresh token's `/` arrives intact.
enum FormEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ fields: [(String, String)]) -> Data {
        let text = fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        return Data(text.utf8)
    }

    static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
