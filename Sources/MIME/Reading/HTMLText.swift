/// HTML → readable plain text for a model, in one linear pass (no regular expressions, no
/// DOM). The choices:
///
/// - Dropped with their content: script, style, title, noscript, template, head (which ends at
///   `</head>`, `<body>`, any element that does not belong in head, or visible text — as a
///   browser's parser does, so a missing `</head>` cannot swallow the message), comments,
///   `<!DOCTYPE>`, `<?…?>`. If a script/style/… never closes, only its start tag is dropped
///   and what follows stays visible: losing the rest of a message is worse than showing code.
/// - Line breaks: `br`, and the edges of block elements (div, li, tr, table, blockquote, pre,
///   hr, section, article, header, footer, ul/ol, dl/dt/dd, form, …); p and h1–h6 get a blank
///   line around them. At most one blank line in a row outside `<pre>`.
/// - `li` starts a line with "- ", indented two spaces per enclosing list beyond the first.
/// - Table cells in a row are separated by " | " (only between cells that have text).
/// - Links: `text (url)`; just `text` when it already shows the URL (compared without scheme,
///   "www." and trailing "/"), just the URL when there is no text. mailto: shows the address;
///   javascript:, data: and `#fragment` links show only their text.
/// - Images: `[alt]` when alt text is present, nothing otherwise (tracking pixels).
/// - Character references per `HTMLCharacterReference`; `&nbsp;` is a space.
/// - Whitespace collapses outside `<pre>`; inside it is kept, minus the newline right after `<pre>`.
/// - Malformed markup: a `<` that starts no tag (`a < b`, `<3`) is text; a tag that never
///   closes is text; unknown tags are ignored. The result is trimmed.
public enum HTMLText {
    public static func plainText(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var converter = HTMLToTextConverter(input: bytes)
            return converter.convert()
        }
    }
}
