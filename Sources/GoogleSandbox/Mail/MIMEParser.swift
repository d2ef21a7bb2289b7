import Foundation
import LoopbackHTTPServer

/// An RFC 5322 / MIME parser, strict about structure and lenient about the sloppiness real
/// mail has (bare LF, missing close delimiters, unknown encodings). Written for the fake on its
/// own, so that the product's MIME reader is tested against an independent implementation.
enum MIMEParser {
    /// Deeper nesting than this is treated as an opaque leaf, so a hostile message cannot
    /// exhaust the stack.
    static let maximumDepth = 40

    static func parseMessage(_ bytes: Data) -> MIMEPart {
        parsePart(Array(bytes)[...], defaultType: "text/plain", depth: 0)
    }

    static func parsePart(_ bytes: ArraySlice<UInt8>, defaultType: String, depth: Int) -> MIMEPart {
        let section = HeaderSection(parsing: bytes)
        let contentType = section.value("Content-Type").map(ParameterizedHeader.init(parsing:))
        var mimeType = contentType?.value ?? defaultType
        if !mimeType.contains("/") { mimeType = "text/plain" }
        let parameters = contentType?.parameters ?? [:]
        let disposition = section.value("Content-Disposition").map(ParameterizedHeader.init(parsing:))
        let rawBody = bytes[section.bodyStart...]
        let transferEncoding = (section.value("Content-Transfer-Encoding") ?? "7bit").trimmingWhitespace().lowercased()

        var body = Data()
        var children: [MIMEPart] = []
        if depth < maximumDepth, mimeType.hasPrefix("multipart/"), let boundary = parameters["boundary"],
            !boundary.isEmpty
        {
            let childDefault = mimeType == "multipart/digest" ? "message/rfc822" : "text/plain"
            children = MultipartBody.parts(of: rawBody, boundary: boundary).map {
                parsePart($0, defaultType: childDefault, depth: depth + 1)
            }
        } else {
            body = TransferDecoding.decode(rawBody, encoding: transferEncoding)
            if depth < maximumDepth, mimeType == "message/rfc822" {
                children = [parsePart(Array(body)[...], defaultType: "text/plain", depth: depth + 1)]
            }
        }
        if mimeType.hasPrefix("multipart/"), children.isEmpty {
            // A multipart without a usable boundary has no parts to show; Gmail shows it as an
            // opaque leaf of that type.
            body = Data(rawBody)
        }
        let rawName = disposition?.parameters["filename"] ?? parameters["name"] ?? ""
        return MIMEPart(
            headers: section.fields,
            mimeType: mimeType,
            contentTypeParameters: parameters,
            disposition: disposition?.value,
            filename: EncodedWords.decode(rawName),
            body: body,
            children: children
        )
    }
}
