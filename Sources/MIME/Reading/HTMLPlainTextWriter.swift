/// The output side of `HTMLText`: collapses whitespace, places line breaks lazily so that
/// nested blocks never stack up blank lines, and adds list prefixes and cell separators.
///
/// Breaks are requested, not written: a block edge asks for 1 newline (2 for a blank line
/// around p and h1–h6), `<br>` adds one, and the request is written only before the next
/// visible text, capped at 2 (at most one blank line in a row). So leading and trailing breaks
/// vanish and spaces never dangle at line ends.
///
/// Zero-width and invisible characters that templates pad with (U+200B, U+200C, U+034F,
/// U+FEFF) are dropped when they touch collapsible whitespace, and kept between letters,
/// where U+200C matters (Persian, Hindi). Soft hyphens (U+00AD) are always dropped.
/// `&nbsp;` (U+00A0) is a space, collapsible outside `<pre>`.
struct HTMLPlainTextWriter {
    private(set) var output: [UInt8] = []
    private var pendingNewlines = 0
    private var pendingSpace = false
    private var pendingInvisible: [UInt8] = []
    private var lineHasContent = false
    private var trailingNewlines = 0
    private var linePrefix: [UInt8] = []
    private var cellSeparatorPending = false
    private var preformattedDepth = 0

    var isPreformatted: Bool { preformattedDepth > 0 }

    mutating func blockBoundary(blankLine: Bool = false) {
        if !output.isEmpty { pendingNewlines = max(pendingNewlines, blankLine ? 2 : 1) }
        dropPendingWhitespace()
    }

    mutating func lineBreak() {
        if !output.isEmpty { pendingNewlines += 1 }
        dropPendingWhitespace()
    }

    /// The next line's first text gets this prefix ("- " for list items).
    mutating func startLine(prefix: String) {
        linePrefix = Array(prefix.utf8)
    }

    /// A table cell begins: if its row already has text on this line, the next text is
    /// separated from it by " | ".
    mutating func cellStart() {
        if lineHasContent && pendingNewlines == 0 { cellSeparatorPending = true }
    }

    mutating func enterPreformatted() { preformattedDepth += 1 }
    mutating func exitPreformatted() { preformattedDepth = max(0, preformattedDepth - 1) }

    /// Text content (UTF-8), whitespace collapsed unless preformatted.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if isPreformatted {
            appendPreformatted(bytes)
            return
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                markWhitespace()
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                markWhitespace()  // no-break space collapses like a space
                index += 2
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2  // a soft hyphen is invisible unless a line breaks there, which it never does here
            } else if let length = Self.invisibleLength(bytes, at: index) {
                if !pendingSpace { pendingInvisible.append(contentsOf: bytes[index..<index + length]) }
                index += length
            } else {
                flushBeforeContent()
                output.append(byte)
                index += 1
            }
        }
    }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText($0) }
    }

    /// " (url)" after a link's text, without eating a space that followed the link.
    mutating func appendLinkTarget(_ target: String) {
        let hadPendingSpace = pendingSpace
        pendingSpace = lineHasContent
        appendText("(" + target + ")")
        pendingSpace = hadPendingSpace
    }

    /// The text, trimmed.
    func finish() -> String {
        var lower = 0
        var upper = output.count
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        while lower < upper, isSpace(output[lower]) { lower += 1 }
        while upper > lower, isSpace(output[upper - 1]) { upper -= 1 }
        return String(decoding: output[lower..<upper], as: UTF8.self)
    }

    private mutating func appendPreformatted(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            index += 1
            if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 {
                byte = 0x20  // &nbsp; is a space here too
                index += 1
            } else if byte == 0x0D {
                if index < bytes.count, bytes[index] == 0x0A { continue }
                byte = 0x0A
            }
            if byte == 0x0A {
                writePendingNewlines()
                output.append(0x0A)
                lineHasContent = false
                trailingNewlines += 1
            } else {
                flushBeforeContent()
                output.append(byte)
            }
        }
    }

    private mutating func markWhitespace() {
        if lineHasContent { pendingSpace = true }
        pendingInvisible.removeAll()
    }

    private mutating func dropPendingWhitespace() {
        pendingSpace = false
        pendingInvisible.removeAll()
        cellSeparatorPending = false
    }

    private mutating func writePendingNewlines() {
        guard pendingNewlines > 0, !output.isEmpty else {
            pendingNewlines = 0
            return
        }
        let wanted = min(pendingNewlines, 2)
        let missing = lineHasContent ? wanted : max(0, wanted - trailingNewlines)
        output.append(contentsOf: repeatElement(0x0A, count: missing))
        if missing > 0 {
            lineHasContent = false
            trailingNewlines += missing
        }
        pendingNewlines = 0
    }

    private mutating func flushBeforeContent() {
        if pendingNewlines > 0 {
            writePendingNewlines()
        } else if lineHasContent && cellSeparatorPending {
            output.append(contentsOf: " | ".utf8)
        } else if lineHasContent && pendingSpace {
            output.append(0x20)
        }
        pendingSpace = false
        cellSeparatorPending = false
        if !lineHasContent && !linePrefix.isEmpty {
            output.append(contentsOf: linePrefix)
            linePrefix = []
        }
        if !pendingInvisible.isEmpty {
            output.append(contentsOf: pendingInvisible)
            pendingInvisible.removeAll()
        }
        lineHasContent = true
        trailingNewlines = 0
    }

    /// Byte length of an invisible padding character at `index`, if one starts there.
    private static func invisibleLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let remaining = bytes.count - index
        let lead = bytes[index]
        if lead == 0xCD, remaining >= 2, bytes[index + 1] == 0x8F { return 2 }  // U+034F
        if lead == 0xE2, remaining >= 3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B || bytes[index + 2] == 0x8C
        {
            return 3  // U+200B, U+200C
        }
        if lead == 0xEF, remaining >= 3, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }  // U+FEFF
        return nil
    }
}
