import Foundation

/// The MIME module: reading messages (`MIMEReader`: a part tree into headers, body text, body
/// HTML and attachments, from any charset) and composing them (`MIMEComposer`: standards-exact
/// RFC 5322/MIME with RFC 2047/2231 encodings, and the address parser for what users type). It
/// owns every rule of the mail formats and knows nothing of Gmail, HTTP or MCP: its input is a
/// neutral `MIMEPart` tree, its output plain values and bytes. It imports only Foundation and
/// the C library (iconv).
///
/// Reads a part tree (as a mail store hands it over, Gmail's `payload` of format `full` once its
/// client has turned it into `MIMEPart`s) into headers, body text, body HTML and attachments.
///
/// Store facts this relies on (Gmail's, sources in the project's report):
/// - `content` is the part's bytes with the Content-Transfer-Encoding already removed (Gmail's
///   `size` counts decoded bytes, and decoding quoted-printable a second time is a known way to
///   corrupt URLs: `=ed` in `IE=edge` becomes a byte). The reader never applies the part's
///   Content-Transfer-Encoding again.
/// - Text parts may already be converted to UTF-8 with the original charset label kept;
///   `CharsetDecoder` handles both that and raw legacy bytes.
/// - message/rfc822 parts come with the embedded message parsed into `children`.
///
/// Body assembly: `bodyText` joins the plain view's pieces with a blank line (HTML pieces are
/// converted with `HTMLText`); `bodyHTML` joins the HTML pieces of the HTML view with a line
/// break, and text pieces are not turned into HTML. Each piece is CRLF→LF normalized and keeps
/// its trailing line breaks; empty pieces are skipped when joining, and a piece that already
/// ends in a line break gets one line break fewer before the next.
///
/// Large body parts: a store may send a text/plain or text/html body part only as a `fetchID`
/// (Gmail does for large ones). Such parts appear in `attachments` and in `unfetchedBodyParts`;
/// a caller that wants the full body fetches them and reads again with `fetchedBodies` keyed by
/// part id, which turns them back into body.
public enum MIMEReader {
    public static func read(_ payload: MIMEPart, fetchedBodies: [String: Data] = [:]) -> ReadMessage {
        let headers = payload.headers.map {
            DecodedHeader(name: $0.name, value: EncodedWords.decode($0.value))
        }
        let walked = MIMETreeWalker(fetchedBodies: fetchedBodies).walk(payload, context: WalkContext())
        return ReadMessage(
            headers: headers,
            bodyText: bodyText(walked.rendering.plainView),
            bodyHTML: bodyHTML(walked.rendering.htmlView),
            attachments: walked.attachments,
            unfetchedBodyParts: walked.unfetchedBodyParts)
    }

    private static func bodyText(_ pieces: [BodyPiece]) -> String? {
        guard !pieces.isEmpty else { return nil }
        let texts = pieces.map { piece in
            piece.kind == .plain ? piece.text : HTMLText.plainText(fromHTML: piece.text)
        }
        return joined(texts, lineBreaksBetween: 2)
    }

    private static func bodyHTML(_ pieces: [BodyPiece]) -> String? {
        let html = pieces.filter { $0.kind == .html }
        guard !html.isEmpty else { return nil }
        return joined(html.map(\.text), lineBreaksBetween: 1)
    }

    /// Non-empty pieces, each followed by line breaks up to `lineBreaksBetween` (counting those
    /// it ends with) before the next; the last piece ends as it ends.
    private static func joined(_ pieces: [String], lineBreaksBetween wanted: Int) -> String {
        var result = ""
        for piece in pieces where !piece.isEmpty {
            if !result.isEmpty {
                let present = result.utf8.reversed().prefix(wanted).prefix { $0 == 0x0A }.count
                result += String(repeating: "\n", count: wanted - present)
            }
            result += piece
        }
        return result
    }
}
