import Foundation
import LoopbackHTTPServer

/// One node of a parsed message: the message itself at the root, then body parts. Everything
/// Gmail's payload shows is derived from these fields.
struct MIMEPart: Sendable {
    /// In the order and case of the source, folded lines joined.
    let headers: [HeaderField]
    /// Lowercased `type/subtype`; `text/plain` when the part does not say.
    let mimeType: String
    let contentTypeParameters: [String: String]
    /// Lowercased `inline` or `attachment`, when the part has a Content-Disposition.
    let disposition: String?
    /// The attachment name Gmail shows: Content-Disposition `filename`, else Content-Type
    /// `name`, with RFC 2231 and RFC 2047 decoded; empty when the part has none.
    let filename: String
    /// The body with its Content-Transfer-Encoding removed, still in the part's charset; empty
    /// for multiparts.
    let body: Data
    /// The parts of a multipart, or the one encapsulated message of a message/rfc822 part.
    let children: [MIMEPart]

    var isMultipart: Bool { mimeType.hasPrefix("multipart/") }
    var isEncapsulatedMessage: Bool { mimeType == "message/rfc822" }
    var charset: String? { contentTypeParameters["charset"] }
    var isText: Bool { mimeType == "text/plain" || mimeType == "text/html" }

    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The body decoded from its charset, for text parts.
    var text: String { CharsetDecoder.decode(body, charset: charset) }

    /// This part and everything below it, depth first, each with its Gmail part id.
    func flattened(partId: String = "") -> [(partId: String, part: MIMEPart)] {
        var result = [(partId, self)]
        for (index, child) in children.enumerated() {
            let childId = partId.isEmpty ? String(index) : "\(partId).\(index)"
            result += child.flattened(partId: childId)
        }
        return result
    }
}
