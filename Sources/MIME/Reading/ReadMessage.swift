/// A Gmail message read for a model: headers, the text a person would read, and attachments.
/// See `MIMEReader` for how the parts are chosen.
public struct ReadMessage: Sendable, Equatable {
    /// The root part's headers in their original order, unfolded, RFC 2047-decoded.
    public var headers: [DecodedHeader]
    /// The message's own text: text/plain preferred, else derived from HTML by `HTMLText`.
    /// nil only when the message has no text/plain or text/html body part at all; "" when it
    /// has one and it is empty.
    public var bodyText: String?
    /// The HTML body part(s); nil when there is none.
    public var bodyHTML: String?
    public var attachments: [AttachmentDescriptor]
    /// Body parts (text/plain, text/html) that Gmail sent only as an `attachmentId`, so their
    /// text is missing from `bodyText`/`bodyHTML`; each is also in `attachments`. Fetch them and
    /// call `MIMEReader.read(_:fetchedBodies:)` to get the complete body.
    public var unfetchedBodyParts: [AttachmentDescriptor]

    public var hasAttachments: Bool { !attachments.isEmpty }

    public init(
        headers: [DecodedHeader], bodyText: String?, bodyHTML: String?, attachments: [AttachmentDescriptor],
        unfetchedBodyParts: [AttachmentDescriptor] = []
    ) {
        self.headers = headers
        self.bodyText = bodyText
        self.bodyHTML = bodyHTML
        self.attachments = attachments
        self.unfetchedBodyParts = unfetchedBodyParts
    }

    /// The first header with this name, compared case-insensitively (`Message-Id` occurs).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.equalsIgnoringASCIICase(name) }?.value
    }
}
