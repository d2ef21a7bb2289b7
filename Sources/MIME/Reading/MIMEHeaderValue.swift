/// A parsed `Content-Type` or `Content-Disposition` value: `text/plain; charset="utf-8"`.
///
/// - `value` is the first token, lowercased, without comments (`text/plain (body)`).
///   A missing `;` before the first parameter (`text/html charset=utf-8`) is tolerated.
/// - Parameter names are lowercased. Quoted strings are unquoted; a backslash escapes only
///   `"` and `\` so that unescaped Windows paths in filenames survive. An unterminated quote
///   runs to the end of the header. Unquoted values may contain spaces (`filename=a b.pdf`).
/// - RFC 2231: `name*=charset'lang'%XX…`, `name*0=…; name*1=…` and `name*0*=…; name*1*=…`
///   are joined in index order and decoded through `CharsetDecoder` (the charset of segment 0;
///   none → UTF-8 with windows-1252 repair). An extended value beats a plain one of the same
///   name (RFC 2231 §4, RFC 6266 §4.3); among plain duplicates the first wins.
/// - RFC 2047 words inside values are NOT decoded here (a boundary may legitimately contain
///   `=?`); `AttachmentNaming` decodes them in `filename` and `name`.
public struct MIMEHeaderValue: Sendable, Equatable {
    public var value: String
    public var parameters: [String: String]

    public init(value: String, parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    public static func parse(_ header: String) -> MIMEHeaderValue {
        let bytes = Array(HeaderUnfolding.unfold(header).utf8)
        var scanner = MIMEParameterScanner(bytes: bytes)
        let value = scanner.readMainValue()
        let rawParameters = scanner.readParameters()
        return MIMEHeaderValue(value: value, parameters: RFC2231Parameters.assemble(rawParameters))
    }
}
