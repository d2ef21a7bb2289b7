import Foundation
import Gmail
import MIME
import MCP

/// The one content item an attachment's bytes travel in (never also as base64 in the
/// structured result or its text copy, which LLM adapters hand to the model): an image a
/// client can show, a text resource a model can read, or a blob resource for everything else.
enum AttachmentContent {
    static func item(
        for bytes: Data, mimeType: String, charset: String?, messageID: String, attachmentID: String
    ) -> Tool.Content {
        let type = MIMEHeaderValue.parse(mimeType).value
        let uri =
            "gmail://messages/\(URIPathSegment.escape(messageID))/attachments/\(URIPathSegment.escape(attachmentID))"
        if type.hasPrefix("image/") && type != "image/svg+xml" {
            return .image(data: bytes.base64EncodedString(), mimeType: type, annotations: nil, _meta: nil)
        }
        if isTextLike(type), let text = ExactTextDecoding.decode(bytes, declaredCharset: charset) {
            return .resource(resource: .text(text, uri: uri, mimeType: type))
        }
        return .resource(resource: .binary(bytes, uri: uri, mimeType: type))
    }

    /// `text/*`, JSON and XML (with their `+json` / `+xml` suffixes), SVG included.
    static func isTextLike(_ type: String) -> Bool {
        type.hasPrefix("text/") || type == "application/json" || type == "application/xml"
            || type.hasSuffix("+json") || type.hasSuffix("+xml")
    }
}

/// Percent-encoding for one segment of a URI path (a `/` inside is escaped too).
enum URIPathSegment {
    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(
            withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? "attachment"
    }
}
