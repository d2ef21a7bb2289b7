import Foundation

/// One attachment of a message, described without fetching or decoding its bytes (except the
/// small ones Gmail already sent inline, which are only base64-decoded, never charset-decoded).
public struct AttachmentDescriptor: Sendable, Equatable {
    /// The id for `users.messages.attachments.get`; nil when Gmail sent the bytes inline in
    /// `body.data` (then `inlineData` holds them). Ids change on every fetch of the message.
    public var attachmentID: String?
    /// Decoded (RFC 2231 / RFC 2047). A part without a name gets one from `AttachmentNaming`:
    /// `attachment.<extension>` (e.g. `attachment.png`; parts tell apart by `partID`), and a forwarded message
    /// gets `<its Subject>.eml` or `forwarded-message.eml`.
    public var filename: String
    /// Lowercased `type/subtype`.
    public var mimeType: String
    /// The `charset` parameter of the part's Content-Type, as written; what a text-like
    /// attachment's bytes are decoded from when it is handed over as text.
    public var charset: String?
    /// Decoded bytes: the inline data's length when present, else Gmail's `body.size`.
    public var size: Int
    public var partID: String
    /// The `Content-ID` without its angle brackets, for `cid:` references from HTML.
    public var contentID: String?
    /// `Content-Disposition: inline`, or a named resource of a `multipart/related` (an image
    /// the HTML shows) without any `Content-Disposition`.
    public var isInline: Bool
    /// The bytes when Gmail sent them inline and no `attachmentId`.
    public var inlineData: Data?

    public init(
        attachmentID: String?, filename: String, mimeType: String, size: Int, partID: String,
        contentID: String? = nil, isInline: Bool = false, inlineData: Data? = nil, charset: String? = nil
    ) {
        self.attachmentID = attachmentID
        self.filename = filename
        self.mimeType = mimeType
        self.charset = charset
        self.size = size
        self.partID = partID
        self.contentID = contentID
        self.isInline = isInline
        self.inlineData = inlineData
    }
}
