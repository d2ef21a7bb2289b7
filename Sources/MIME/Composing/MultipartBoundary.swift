/// Multipart boundaries that cannot occur in our content: every leaf we write is
/// quoted-printable or base64, and neither can contain `=_` (quoted-printable's `=` is always
/// followed by hex digits or a line end; base64 has no `_`).
public enum MultipartBoundary {
    @Sendable public static func random() -> String {
        let characters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return "=_gmail-mcp_" + String((0..<24).map { _ in characters.randomElement()! })
    }
}
