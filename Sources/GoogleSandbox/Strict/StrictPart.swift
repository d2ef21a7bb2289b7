import Foundation

/// One entity of a strictly parsed message: the message itself at the root, then body parts
/// and the root of every encapsulated message/rfc822.
public struct StrictPart: Sendable {
    public let headers: [StrictHeader]
    /// Lowercased `type/subtype`; `text/plain` (or `message/rfc822` inside multipart/digest)
    /// when the part has no Content-Type.
    public let mimeType: String
    /// Content-Type parameters, names lowercased, RFC 2231 sections joined and decoded (an
    /// extended `name*` wins over a plain `name`).
    public let parameters: [String: String]
    /// Lowercased disposition type, when the part has a Content-Disposition.
    public let disposition: String?
    public let dispositionParameters: [String: String]
    /// Content-Disposition `filename` (RFC 2231 decoded), else Content-Type `name`; a value
    /// made only of RFC 2047 encoded words (a common, nonstandard legacy form) is decoded.
    public let filename: String?
    /// Lowercased Content-Transfer-Encoding; `7bit` when absent.
    public let transferEncoding: String
    /// The body with its transfer encoding removed. For a multipart, the raw body between the
    /// header section and the end of the part; for message/rfc822, the encapsulated message.
    public let content: Data
    /// For `text/*` parts, the content decoded from its charset, line breaks kept as sent.
    public let text: String?
    /// The parts of a multipart, or the one root of an encapsulated message.
    public let children: [StrictPart]

    public var isMultipart: Bool { mimeType.hasPrefix("multipart/") }
    public var isAttachment: Bool { disposition == "attachment" }

    /// Values of the header fields with this name (case-insensitive), decoded, in order.
    public func values(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return headers.filter { $0.name.lowercased() == lowered }.map(\.decodedValue)
    }

    /// This part and every part below it, depth first.
    public var flattened: [StrictPart] {
        [self] + children.flatMap(\.flattened)
    }
}
