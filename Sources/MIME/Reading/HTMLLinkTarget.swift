/// What `HTMLText` shows of a link's href.
enum HTMLLinkTarget {
    /// nil for links that lead nowhere a reader can follow: empty, `#fragment`, javascript:,
    /// vbscript:, data:. mailto: shows just the address (no `?subject=`).
    static func displayed(href: String) -> String? {
        let trimmed = href.trimmingASCIIWhitespace()
        let lowered = trimmed.lowercased()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        for scheme in ["javascript:", "vbscript:", "data:"] where lowered.hasPrefix(scheme) { return nil }
        if lowered.hasPrefix("mailto:") {
            let address = trimmed.dropFirst("mailto:".count).split(separator: "?", maxSplits: 1).first ?? ""
            return address.isEmpty ? nil : String(address)
        }
        return trimmed
    }

    /// True when the link text already is the target, give or take a scheme, a leading
    /// "www." and a trailing "/".
    static func textShowsTarget(_ text: String, target: String) -> Bool {
        comparable(text) == comparable(target)
    }

    private static func comparable(_ value: String) -> String {
        var text = Substring(value.lowercased())
        for prefix in ["https://", "http://", "mailto:"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
