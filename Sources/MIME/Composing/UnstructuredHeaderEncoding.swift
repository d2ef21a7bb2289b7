/// Writes an unstructured header such as Subject: plain ASCII words folded at their spaces when
/// that reads back exactly, otherwise RFC 2047 encoded words for the whole value (non-ASCII
/// text, text that looks like an encoded word, spacing that folding would lose, or a word too
/// long for a line).
enum UnstructuredHeaderEncoding {
    static func field(_ name: String, _ value: String) -> String {
        var writer = FoldedHeaderWriter(name: name)
        let words = value.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let longestWord = FoldedHeaderWriter.preferredLineLength - 1
        if HeaderTextRules.isPrintableASCII(value), !HeaderTextRules.needsEncodingToSurvive(value),
            words.allSatisfy({ $0.utf8.count <= longestWord })
        {
            for word in words where !word.isEmpty { writer.append(word) }
        } else {
            writer.appendEncoded(value)
        }
        return writer.finished()
    }
}
