import Foundation
import Gmail
import MIME

/// Reads a fetched message's MIME tree, fetching the body parts Gmail sent only as an
/// `attachmentId` (large text or HTML parts), so a long mail's body is never silently empty.
enum MessageReading {
    static func read(_ message: GmailMessage, gmail: GmailClient) async throws -> ReadMessage {
        let payload = message.mimeTree
        let first = MIMEReader.read(payload)
        let missing = first.unfetchedBodyParts.compactMap { part in part.attachmentID.map { (part.partID, $0) } }
        guard !missing.isEmpty else { return first }
        var bodies: [String: Data] = [:]
        for (partID, attachmentID) in missing {
            bodies[partID] = try await gmail.attachment(messageID: message.id, attachmentID: attachmentID)
        }
        return MIMEReader.read(payload, fetchedBodies: bodies)
    }
}
