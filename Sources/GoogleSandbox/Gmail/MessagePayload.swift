import Foundation
import LoopbackHTTPServer

/// The `payload` of a full message: the MIME tree as Gmail's MessagePart objects.
///
/// Rules the fake follows (Gmail's are only partly documented):
/// - part ids are `""` at the root, then `0`, `1`, and `0.1` below those;
/// - `filename` is `""` unless the part names one; `headers` keep source order, case and
///   duplicates, values as written (encoded-words are not decoded);
/// - `body.size` counts decoded bytes; containers have `{"size": 0}`;
/// - a part with a filename, and any part over `inlineLimit` bytes, gets an `attachmentId`
///   instead of `data` (a new id on every fetch); other parts, including an attachment
///   disposition without a filename, come inline as unpadded base64url;
/// - a message/rfc822 part has an `attachmentId` for the whole embedded message and one
///   child part, the embedded message's root with that message's headers.
enum MessagePayload {
    static let inlineLimit = 1_000_000

    static func render(_ part: MIMEPart, partId: String, grantAttachment: (String) -> String) -> GoogleJSON {
        var members: [(String, GoogleJSON)] = [
            ("partId", .string(partId)),
            ("mimeType", .string(part.mimeType)),
            ("filename", .string(part.filename)),
        ]
        if !part.headers.isEmpty { members.append(("headers", headers(part.headers))) }
        members.append(("body", body(of: part, partId: partId, grantAttachment: grantAttachment)))
        if !part.children.isEmpty {
            let children = part.children.enumerated().map { index, child in
                render(
                    child, partId: partId.isEmpty ? String(index) : "\(partId).\(index)",
                    grantAttachment: grantAttachment)
            }
            members.append(("parts", .array(children)))
        }
        return .object(members)
    }

    /// Whether the part's body comes as an `attachmentId` rather than inline.
    static func hasAttachmentId(_ part: MIMEPart) -> Bool {
        !part.isMultipart && (part.isEncapsulatedMessage || !part.filename.isEmpty || part.body.count > inlineLimit)
    }

    static func headers(_ fields: [HeaderField]) -> GoogleJSON {
        .array(fields.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })
    }

    private static func body(of part: MIMEPart, partId: String, grantAttachment: (String) -> String) -> GoogleJSON {
        if part.isMultipart { return .object([("size", .integer(0))]) }
        let size = GoogleJSON.integer(part.body.count)
        if hasAttachmentId(part) {
            return .object([("attachmentId", .string(grantAttachment(partId))), ("size", size)])
        }
        if part.body.isEmpty { return .object([("size", size)]) }
        return .object([("size", size), ("data", .string(Base64URL.unpadded(part.body)))])
    }
}
