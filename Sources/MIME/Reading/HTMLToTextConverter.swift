/// The single pass behind `HTMLText`. Every scan moves forward; the few searches that could
/// run to the end of the input (for `-->`, a closing `</script>`, a tag's `>`) remember when
/// they failed so they are never repeated, which keeps the whole pass linear.
struct HTMLToTextConverter {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var writer = HTMLPlainTextWriter()
    private var inHead = false
    private var listDepth = 0
    private var openLink: (href: String, outputStart: Int)?
    private var markup: HTMLMarkupScanner

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        self.markup = HTMLMarkupScanner(input: input)
    }

    mutating func convert() -> String {
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: "<") {
                if !handleMarkup() {
                    emitText(position..<position + 1)
                    position += 1
                }
            } else if byte == UInt8(ascii: "&") {
                if let (scalar, length) = HTMLCharacterReference.decode(input, at: position, inAttribute: false) {
                    var bytes = [UInt8]()
                    UTF8Scanning.append(scalar, to: &bytes)
                    bytes.withUnsafeBufferPointer { emitText($0) }
                    position += length
                } else {
                    emitText(position..<position + 1)
                    position += 1
                }
            } else {
                let start = position
                while position < input.count, input[position] != UInt8(ascii: "<"), input[position] != UInt8(ascii: "&")
                {
                    position += 1
                }
                emitText(start..<position)
            }
        }
        closeLink()
        return writer.finish()
    }

    private mutating func emitText(_ range: Range<Int>) {
        emitText(UnsafeBufferPointer(rebasing: input[range]))
    }

    private mutating func emitText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inHead {
            // Visible text cannot be in head: a browser closes head here, and so do we.
            let isBlank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
            if isBlank { return }
            inHead = false
        }
        writer.appendText(bytes)
    }

    /// At a `<`: consumes a tag, comment or declaration and returns true, or returns false
    /// when the `<` is just text.
    private mutating func handleMarkup() -> Bool {
        guard let item = markup.scan(at: position) else { return false }
        switch item.kind {
        case .comment, .declaration:
            break
        case .characterData(let range):
            emitText(range)
        case .startTag(let tag):
            position = item.end
            handleStartTag(tag)
            return true
        case .endTag(let name):
            handleEndTag(name)
        }
        position = item.end
        return true
    }

    private mutating func handleStartTag(_ tag: HTMLTag) {
        let name = tag.name
        if inHead && !HTMLElementKinds.headContent.contains(name) && name != "head" { inHead = false }
        if HTMLElementKinds.droppedWithContent.contains(name) && !tag.isSelfClosing {
            if let end = markup.endOfElement(name, from: position) { position = end }
            return
        }
        switch name {
        case "head":
            inHead = true
        case "body":
            inHead = false
        case "br":
            writer.lineBreak()
        case "a":
            closeLink()
            if let href = tag.attributes["href"] { openLink = (href, writer.output.count) }
        case "img":
            if let alt = tag.attributes["alt"]?.trimmingASCIIWhitespace(), !alt.isEmpty {
                writer.appendText("[\(alt)]")
            }
        case "li":
            writer.blockBoundary()
            let indent = String(repeating: "  ", count: max(0, listDepth - 1))
            writer.startLine(prefix: indent + "- ")
        case "td", "th":
            writer.cellStart()
        default:
            if HTMLElementKinds.blankLineBlocks.contains(name) {
                writer.blockBoundary(blankLine: true)
            } else if HTMLElementKinds.blocks.contains(name) {
                writer.blockBoundary()
            }
            if HTMLElementKinds.lists.contains(name) { listDepth += 1 }
            if HTMLElementKinds.preformatted.contains(name) {
                writer.enterPreformatted()
                skipNewlineAfterPreformattedStart()
            }
        }
    }

    private mutating func handleEndTag(_ name: String) {
        switch name {
        case "head":
            inHead = false
        case "a":
            closeLink()
        case "br":
            writer.lineBreak()  // browsers read </br> as <br>
        default:
            if HTMLElementKinds.blankLineBlocks.contains(name) {
                writer.blockBoundary(blankLine: true)
            } else if HTMLElementKinds.blocks.contains(name) {
                writer.blockBoundary()
            }
            if HTMLElementKinds.lists.contains(name) { listDepth = max(0, listDepth - 1) }
            if HTMLElementKinds.preformatted.contains(name) { writer.exitPreformatted() }
        }
    }

    private mutating func skipNewlineAfterPreformattedStart() {
        if position < input.count, input[position] == 0x0D { position += 1 }
        if position < input.count, input[position] == 0x0A { position += 1 }
    }

    private mutating func closeLink() {
        guard let link = openLink else { return }
        openLink = nil
        guard let target = HTMLLinkTarget.displayed(href: link.href) else { return }
        let text = String(decoding: writer.output[link.outputStart...], as: UTF8.self).trimmingASCIIWhitespace()
        if text.isEmpty {
            writer.appendText(target)
        } else if !HTMLLinkTarget.textShowsTarget(text, target: target) {
            writer.appendLinkTarget(target)
        }
    }
}
