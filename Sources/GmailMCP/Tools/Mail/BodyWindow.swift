/// The body window of docs/tools.md, Long bodies: the same range of Unicode scalars is cut
/// from `body_text` and `body_html`, so a model can page through a long mail with
/// `body_offset` instead of drowning in it.
struct BodyWindow: Equatable {
    var offset: Int
    var maxCharacters: Int

    struct Cut: Equatable {
        var text: String?
        var html: String?
        /// Set when either body continues past the window.
        var nextOffset: Int?
    }

    func apply(text: String?, html: String?) -> Cut {
        let end = offset + maxCharacters
        let longest = max(text?.unicodeScalars.count ?? 0, html?.unicodeScalars.count ?? 0)
        return Cut(
            text: text.map(slice), html: html.map(slice), nextOffset: longest > end ? end : nil)
    }

    private func slice(_ body: String) -> String {
        let scalars = body.unicodeScalars
        guard offset < scalars.count else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: offset)
        let end = scalars.index(start, offsetBy: maxCharacters, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}
