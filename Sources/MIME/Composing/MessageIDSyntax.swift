import Foundation

/// RFC 5322 `msg-id` (`<left@right>`), as In-Reply-To and References carry them.
public enum MessageIDSyntax {
    /// The id with its angle brackets, accepting it with or without them; nil when it is not a
    /// message id (spaces, line breaks, non-ASCII, no `@`, brackets inside).
    public static func normalized(_ text: String) -> String? {
        var core = Substring(text.trimmingCharacters(in: .whitespaces))
        if core.hasPrefix("<"), core.hasSuffix(">"), core.count >= 2 { core = core.dropFirst().dropLast() }
        let parts = core.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count >= 2, !parts[0].isEmpty, !parts[parts.count - 1].isEmpty,
            core.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") })
        else { return nil }
        return "<\(core)>"
    }

    /// Every message id in a header value such as References, in order; what is not one is
    /// skipped (mail in the wild carries malformed ones, which must not block a reply).
    public static func all(in headerValue: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(headerValue)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            if let id = normalized(String(rest[open...close])) { ids.append(id) }
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }
}
