import Foundation

/// HTML as the plain text a reader sees, for snippets and search: script, style and head
/// content dropped, tags turned into spaces (so words on either side of `<br>` or `</p>` stay
/// apart), and character references decoded. Not a renderer; good enough for words.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                index = skipTag(in: html, from: index, output: &output)
            } else if character == "&" {
                index = decodeReference(in: html, from: index, output: &output)
            } else {
                output.append(character)
                index = html.index(after: index)
            }
        }
        return output
    }

    /// Skips a tag (and a whole element for script, style, head and comments); returns the
    /// index after it.
    private static func skipTag(in html: String, from start: String.Index, output: inout String) -> String.Index {
        let rest = html[start...]
        if rest.hasPrefix("<!--") {
            let end = rest.range(of: "-->")?.upperBound ?? html.endIndex
            return end
        }
        guard let close = rest.firstIndex(of: ">") else { return html.endIndex }
        let tag = html[html.index(after: start)..<close].lowercased()
        let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
        // Inline elements sit inside words' flow (`<b>bold</b>.`); block ones separate them.
        if !inlineElements.contains(String(name)) { output.append(" ") }
        let after = html.index(after: close)
        if !tag.hasPrefix("/"), ["script", "style", "head", "title"].contains(String(name)) {
            guard let end = html.range(of: "</\(name)", options: .caseInsensitive, range: after..<html.endIndex)
            else { return html.endIndex }
            return html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
        }
        return after
    }

    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s", "small", "span",
        "strong", "sub", "sup", "time", "u", "var",
    ]

    private static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©",
        "reg": "®", "euro": "€", "hellip": "…", "mdash": "—", "ndash": "–", "laquo": "«", "raquo": "»",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "auml": "ä", "ouml": "ö", "uuml": "ü",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é", "egrave": "è", "agrave": "à",
        "ccedil": "ç", "trade": "™", "middot": "·", "bull": "•",
    ]

    private static func decodeReference(in html: String, from start: String.Index, output: inout String)
        -> String.Index
    {
        let rest = html[html.index(after: start)...]
        guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
            output.append("&")
            return html.index(after: start)
        }
        let name = String(rest[..<semicolon])
        var replacement: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
            replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
            replacement = namedReferences[name]
        }
        guard let replacement else {
            output.append("&")
            return html.index(after: start)
        }
        output += replacement
        return html.index(after: semicolon)
    }
}
