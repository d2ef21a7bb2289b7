/// Gmail's `snippet`: the start of the body text with whitespace collapsed, cut at a word
/// boundary so that it stays within 200 characters (two real snippets seen were 197 and 199
/// characters, each stopping before a word that would not fit), then HTML-escaped (`&#39;`,
/// `&amp;`, observed).
enum Snippet {
    static let maximumLength = 200

    static func make(from root: MIMEPart) -> String {
        guard let text = MessageBodyText.preferredText(of: root) else { return "" }
        return escaped(truncated(text))
    }

    static func truncated(_ text: String) -> String {
        var result = ""
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            let separator = result.isEmpty ? "" : " "
            if result.count + separator.count + word.count > maximumLength {
                if result.isEmpty { result = String(word.prefix(maximumLength)) }
                break
            }
            result += separator + word
        }
        return result
    }

    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
