import Foundation

/// `application/x-www-form-urlencoded` bodies and URL query strings, encoded the strict way:
/// everything outside the RFC 3986 unreserved set is percent-encoded. That keeps a refresh
/// token's `/` intact in a form, and a Gmail query's `+` from turning into a space.
public enum FormURLEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `a=1&b=2`, in the order given; repeated names stay repeated.
    public static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    public static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
