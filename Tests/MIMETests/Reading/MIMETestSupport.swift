import Foundation

@testable import MIME

/// Builders for part trees as a mail store hands them over (content decoded, or only a fetch id).
enum MIMETestPayload {
    /// Gmail's unpadded base64url, made with Foundation's base64 (not the code under test).
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func leaf(
        _ mimeType: String, id: String, bytes: [UInt8]? = nil, headers: [(String, String)] = [], filename: String = "",
        attachmentId: String? = nil, size: Int? = nil
    ) -> MIMEPart {
        let contentType = headers.contains { $0.0.lowercased() == "content-type" } ? [] : [("Content-Type", mimeType)]
        return MIMEPart(
            partID: id, mimeType: mimeType, filename: filename,
            headers: (contentType + headers).map { MIMEHeaderField(name: $0.0, value: $0.1) },
            content: attachmentId == nil ? bytes.map { Data($0) } : nil, fetchID: attachmentId,
            size: size ?? bytes?.count ?? 0)
    }

    static func text(_ mimeType: String = "text/plain", id: String, _ text: String, charset: String = "UTF-8")
        -> MIMEPart
    {
        leaf(
            mimeType, id: id, bytes: Array(text.utf8),
            headers: [("Content-Type", "\(mimeType); charset=\"\(charset)\"")])
    }

    static func multipart(
        _ subtype: String, id: String, headers: [(String, String)] = [], _ parts: [MIMEPart]
    ) -> MIMEPart {
        MIMEPart(
            partID: id, mimeType: "multipart/\(subtype)", filename: "",
            headers: ([("Content-Type", "multipart/\(subtype); boundary=\"b\(id)\"")] + headers).map {
                MIMEHeaderField(name: $0.0, value: $0.1)
            },
            size: 0, children: parts)
    }
}
