import Foundation
import LoopbackHTTPServer

/// A stored message as Gmail's Message resource, members in the order Gmail sends them (seen in
/// real responses: id, threadId, labelIds, snippet, payload, sizeEstimate, historyId,
/// internalDate). Empty values are left out, as Google leaves them out.
enum MessageResource {
    static func render(
        _ message: StoredMessage, format: MessageFormat, metadataHeaders: [String],
        grantAttachment: (String) -> String
    ) -> GoogleJSON {
        var members: [(String, GoogleJSON)] = [("id", .string(message.id)), ("threadId", .string(message.threadId))]
        if !message.labelIds.isEmpty { members.append(("labelIds", .array(message.labelIds.map(GoogleJSON.string)))) }
        if !message.snippet.isEmpty { members.append(("snippet", .string(message.snippet))) }
        switch format {
        case .minimal:
            break
        case .metadata:
            members.append(("payload", metadataPayload(message.root, only: metadataHeaders)))
        case .full:
            members.append(
                ("payload", MessagePayload.render(message.root, partId: "", grantAttachment: grantAttachment)))
        case .raw:
            break
        }
        members.append(("sizeEstimate", .integer(message.sizeEstimate)))
        if format == .raw { members.append(("raw", .string(Base64URL.padded(message.raw)))) }
        members.append(("historyId", .string(String(message.historyId))))
        members.append(("internalDate", .string(String(message.internalDate))))
        return .object(members)
    }

    /// Just `mimeType` and `headers`, as a real `format=metadata` response has them; headers in
    /// message order, narrowed to `metadataHeaders` (case-insensitively) when given.
    private static func metadataPayload(_ root: MIMEPart, only names: [String]) -> GoogleJSON {
        let wanted = Set(names.map { $0.lowercased() })
        let headers = wanted.isEmpty ? root.headers : root.headers.filter { wanted.contains($0.name.lowercased()) }
        var members: [(String, GoogleJSON)] = [("mimeType", .string(root.mimeType))]
        if !headers.isEmpty { members.append(("headers", MessagePayload.headers(headers))) }
        return .object(members)
    }
}
