import Foundation

@testable import Gmail

/// Builders for Gmail payload trees. Body bytes are encoded with Foundation's base64 (not the
/// code under test), turned into Gmail's unpadded base64url.
enum MIMETestPayload {
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func leaf(
        _ mimeType: String, id: String, bytes: [UInt8]? = nil, headers: [(String, String)] = [], filename: String = "",
        attachmentId: String? = nil, size: Int? = nil
    ) -> MessagePart {
        let contentType = headers.contains { $0.0.lowercased() == "content-type" } ? [] : [("Content-Type", mimeType)]
        return MessagePart(
            partId: id, mimeType: mimeType, filename: filename,
            headers: (contentType + headers).map { MessageHeader(name: $0.0, value: $0.1) },
            body: MessagePartBody(
                attachmentId: attachmentId, size: size ?? bytes?.count ?? 0,
                data: attachmentId == nil ? bytes.map(base64URL) : nil))
    }

    static func text(_ mimeType: String = "text/plain", id: String, _ text: String, charset: String = "UTF-8")
        -> MessagePart
    {
        leaf(
            mimeType, id: id, bytes: Array(text.utf8),
            headers: [("Content-Type", "\(mimeType); charset=\"\(charset)\"")])
    }

    static func multipart(
        _ subtype: String, id: String, headers: [(String, String)] = [], _ parts: [MessagePart]
    ) -> MessagePart {
        MessagePart(
            partId: id, mimeType: "multipart/\(subtype)", filename: "",
            headers: ([("Content-Type", "multipart/\(subtype); boundary=\"b\(id)\"")] + headers).map {
                MessageHeader(name: $0.0, value: $0.1)
            },
            body: MessagePartBody(size: 0), parts: parts)
    }
}
