/// Element names (lowercased) by what the converter does with them.
enum HTMLElementKinds {
    /// Content dropped up to the matching end tag.
    static let droppedWithContent: Set<String> = ["script", "style", "title", "noscript", "template", "xml"]

    /// Elements that may appear inside `<head>` without ending it.
    static let headContent: Set<String> = [
        "meta", "link", "base", "title", "style", "script", "noscript", "template", "xml", "basefont", "bgsound",
        "object",
    ]

    static let blankLineBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6"]

    static let lists: Set<String> = ["ul", "ol", "dir", "menu"]

    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "nav", "option", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "ol",
        "dir", "menu", "pre", "listing", "plaintext", "xmp",
    ]

    static let preformatted: Set<String> = ["pre", "listing", "xmp", "plaintext"]
}
