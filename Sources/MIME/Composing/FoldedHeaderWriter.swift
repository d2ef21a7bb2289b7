/// Writes one header field as folded lines (RFC 5322 2.2.3): words go on the current line while
/// it stays within 78 characters, otherwise a new line starts with a space. Unfolding (removing
/// each CRLF) gives back the words separated by single spaces, so folding changes nothing a
/// reader sees. A single word longer than a line is kept whole: callers only pass such words
/// when they cannot be split (an address, a message id), and those stay far below 998.
struct FoldedHeaderWriter {
    static let preferredLineLength = 78
    /// RFC 2047: an encoded word is at most 75 characters.
    static let maximumEncodedWordLength = 75

    private var lines: [String] = []
    private var current: String
    /// Whether the current line holds a word yet (after the field name, or after the fold).
    private var currentHasWord = false

    init(name: String) {
        current = name + ":"
    }

    /// Columns left on the current line for one more word and the space before it.
    var room: Int { Self.preferredLineLength - current.utf8.count - 1 }

    /// Appends a word after a space, folding first when it would not fit on this line. Even the
    /// first word may go to the next line (`Content-Type:` CRLF, then a space and a long media
    /// type): RFC 5322 allows folding whitespace right after the colon.
    mutating func append(_ word: String) {
        let continuationRoom = Self.preferredLineLength - 1
        if word.utf8.count > room, currentHasWord || word.utf8.count <= continuationRoom { fold() }
        current += " " + word
        currentHasWord = true
    }

    /// Appends text as RFC 2047 encoded words, each sized to the room left on its line so that
    /// neither the 75-character word limit nor the 78-character line length is passed.
    ///
    /// A text that fits in one encoded word is kept in one, folding before it when the line
    /// has no room left: common parsers (Python's `email` among them) keep the space between
    /// adjacent encoded words of a phrase, so a display name split in two would read back
    /// with a space inside (`李小 龙`).
    mutating func appendEncoded(_ text: String) {
        var remaining = Substring(text).unicodeScalars[...]
        if currentHasWord, Self.fitsInOneWord(remaining, width: Self.maximumEncodedWordLength),
            !Self.fitsInOneWord(remaining, width: min(Self.maximumEncodedWordLength, room))
        {
            fold()
        }
        while !remaining.isEmpty {
            let width = min(Self.maximumEncodedWordLength, room)
            if let (word, rest) = EncodedWordWriter.longestWord(from: remaining, width: width) {
                append(word)
                remaining = rest
            } else if currentHasWord {
                fold()
            } else {
                // Nothing fits even on an empty line (a very long field name): use a whole line.
                let (word, rest) = EncodedWordWriter.longestWord(
                    from: remaining, width: Self.maximumEncodedWordLength)!
                append(word)
                remaining = rest
            }
        }
    }

    private static func fitsInOneWord(_ scalars: Substring.UnicodeScalarView.SubSequence, width: Int) -> Bool {
        EncodedWordWriter.longestWord(from: scalars, width: width).map { $0.1.isEmpty } ?? false
    }

    /// The field, each line ending in CRLF.
    func finished() -> String {
        (lines + [current]).map { $0 + "\r\n" }.joined()
    }

    private mutating func fold() {
        lines.append(current)
        current = ""
        currentHasWord = false
    }
}
