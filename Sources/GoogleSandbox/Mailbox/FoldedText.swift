import Foundation

/// Text prepared for Gmail-like matching: case, accents and width folded away, split into
/// words at anything that is not a letter or digit. A query matches whole words in sequence,
/// except that scripts written without spaces (Han, kana, Hangul) match anywhere in the text,
/// since a word tokenizer cannot see their word boundaries.
struct FoldedText: Sendable {
    let folded: String
    let words: [String]

    init(_ text: String) {
        folded = Self.fold(text)
        words = Self.words(of: folded)
    }

    static func fold(_ text: String) -> String {
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Letters whose stroke is not a combining mark survive diacritic folding; a searcher
        // typing plain ASCII still expects them to match.
        if folded.unicodeScalars.contains(where: { strokeLetters[$0] != nil }) {
            folded = String(String.UnicodeScalarView(folded.unicodeScalars.map { strokeLetters[$0] ?? $0 }))
        }
        return folded
    }

    private static let strokeLetters: [Unicode.Scalar: Unicode.Scalar] = [
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b",
    ]

    static func words(of folded: String) -> [String] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Whether the query (already folded) occurs here as whole words in order.
    func contains(_ query: FoldedQuery) -> Bool {
        if query.isUnsegmentedScript { return folded.contains(query.folded) }
        guard !query.words.isEmpty, query.words.count <= words.count else { return query.words.isEmpty }
        let first = query.words[0]
        for start in 0...(words.count - query.words.count) where words[start] == first {
            if Array(words[start..<(start + query.words.count)]) == query.words { return true }
        }
        return false
    }
}

/// A search word or phrase, folded the same way as the text it is matched against.
struct FoldedQuery: Sendable {
    let folded: String
    let words: [String]
    let isUnsegmentedScript: Bool

    init(_ text: String) {
        folded = FoldedText.fold(text).trimmingWhitespace()
        words = FoldedText.words(of: folded)
        isUnsegmentedScript = folded.unicodeScalars.contains(where: Self.isUnsegmented)
    }

    private static func isUnsegmented(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            true
        default:
            false
        }
    }
}
