import Foundation
import LoopbackHTTPServer

/// What a messages.send request carries, whichever of the three ways it came: the message's
/// bytes, the thread it asks to join, and the path used.
struct SendRequestBody {
    /// `json`, `media` or `multipart`.
    let uploadType: String
    let raw: Data
    let threadId: String?

    /// The JSON path: a Message resource with `raw` (base64 or base64url, padded or not).
    static func json(_ body: Data) throws(GmailFailure) -> SendRequestBody {
        let metadata = try SendMetadata(json: body)
        guard let raw = metadata.raw else { throw .rawRequired }
        return SendRequestBody(uploadType: "json", raw: raw, threadId: metadata.threadId)
    }

    /// The upload path: `uploadType=media` with the message as the body, or `multipart`
    /// (multipart/related: the Message JSON, then the message).
    static func upload(_ request: HTTPServerRequest) throws(GmailFailure) -> SendRequestBody {
        guard let uploadType = request.queryValues("uploadType").first else { throw .wrongURLForUpload }
        switch uploadType {
        case "media":
            try requireMessageMedia(request.header("Content-Type"))
            guard !request.body.isEmpty else { throw .rawRequired }
            return SendRequestBody(uploadType: "media", raw: request.body, threadId: nil)
        case "multipart":
            return try multipart(request)
        default:
            throw .unsupportedUploadType(uploadType)
        }
    }

    private static func multipart(_ request: HTTPServerRequest) throws(GmailFailure) -> SendRequestBody {
        let contentType = ParameterizedHeader(parsing: request.header("Content-Type") ?? "")
        guard contentType.value == "multipart/related", let boundary = contentType.parameters["boundary"],
            !boundary.isEmpty
        else {
            throw .invalidMultipartUpload("Content-Type must be multipart/related with a boundary")
        }
        let parts = MultipartBody.parts(of: Array(request.body)[...], boundary: boundary)
        guard parts.count == 2 else {
            throw .invalidMultipartUpload("expected 2 parts (the Message JSON, then the media), found \(parts.count)")
        }
        let metadataHeaders = HeaderSection(parsing: parts[0])
        let metadataType = ParameterizedHeader(parsing: metadataHeaders.value("Content-Type") ?? "").value
        guard metadataType == "application/json" else {
            throw .invalidMultipartUpload("the first part must be application/json, not '\(metadataType)'")
        }
        let metadata = try SendMetadata(json: Data(parts[0][metadataHeaders.bodyStart...]))
        let mediaHeaders = HeaderSection(parsing: parts[1])
        try requireMessageMedia(mediaHeaders.value("Content-Type"))
        let media = Data(parts[1][mediaHeaders.bodyStart...])
        guard media.count <= MessagesSendRoute.maximumMediaSize else {
            throw .mediaTooLarge(size: media.count, limit: MessagesSendRoute.maximumMediaSize)
        }
        guard !media.isEmpty else { throw .rawRequired }
        return SendRequestBody(uploadType: "multipart", raw: media, threadId: metadata.threadId)
    }

    /// The discovery document's `accept: ["message/*"]`.
    private static func requireMessageMedia(_ contentType: String?) throws(GmailFailure) {
        let type = ParameterizedHeader(parsing: contentType ?? "").value
        guard type.hasPrefix("message/") else { throw .unsupportedMediaType(type) }
    }
}

/// The Message resource of a send request's JSON: `raw` and `threadId` are used; the other
/// Message fields are accepted and ignored, as Gmail ignores output-only fields; any other
/// name is refused the way Google's JSON front end refuses unknown fields.
struct SendMetadata {
    let raw: Data?
    let threadId: String?

    private static let messageFields: Set<String> = [
        "id", "threadId", "labelIds", "snippet", "historyId", "internalDate", "payload", "sizeEstimate", "raw",
        "classificationLabelValues",
    ]

    init(json body: Data) throws(GmailFailure) {
        guard !body.isEmpty else {
            raw = nil
            threadId = nil
            return
        }
        guard let parsed = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            throw .invalidJSON("Unexpected token.")
        }
        guard let object = parsed as? [String: Any] else {
            throw .invalidJSON("Unknown name \"\": Root element must be a message.")
        }
        if let unknown = object.keys.sorted().first(where: { !Self.messageFields.contains($0) }) {
            throw .invalidJSON("Unknown name \"\(unknown)\": Cannot find field.")
        }
        switch object["threadId"] {
        case nil, is NSNull: threadId = nil
        case let text as String: threadId = text.isEmpty ? nil : text
        default: throw .invalidMessageField("thread_id", type: "TYPE_STRING")
        }
        switch object["raw"] {
        case nil, is NSNull: raw = nil
        case let text as String: raw = text.isEmpty ? nil : try Self.decodeRaw(text)
        default: throw .invalidMessageField("raw", type: "TYPE_BYTES")
        }
    }

    /// Proto JSON bytes: the standard or the URL-safe alphabet, padding optional.
    private static func decodeRaw(_ text: String) throws(GmailFailure) -> Data {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        if standard.count % 4 != 0 { standard += String(repeating: "=", count: 4 - standard.count % 4) }
        guard let data = Data(base64Encoded: standard) else {
            throw .invalidRaw(text.count > 40 ? String(text.prefix(40)) + "…" : text)
        }
        return data
    }
}
