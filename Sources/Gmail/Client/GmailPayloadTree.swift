import Foundation
import MIME

/// Gmail's `payload` (format `full`) as the neutral part tree the MIME reader takes: base64url
/// `body.data` decoded (data that is not base64 counts as empty, as a reader of a damaged part
/// would see it), an empty `attachmentId` read as none.
extension MessagePart {
    public var mimePart: MIMEPart {
        MIMEPart(
            partID: partId ?? "", mimeType: mimeType, filename: filename,
            headers: (headers ?? []).map { MIMEHeaderField(name: $0.name, value: $0.value) },
            content: body?.data.map { Base64URL.decode($0) ?? Data() },
            fetchID: body?.attachmentId.flatMap { $0.isEmpty ? nil : $0 }, size: body?.size,
            children: (parts ?? []).map(\.mimePart))
    }
}

extension GmailMessage {
    /// The message's part tree for `MIMEReader` (empty when Gmail sent no payload).
    public var mimeTree: MIMEPart { payload?.mimePart ?? MIMEPart() }
}
