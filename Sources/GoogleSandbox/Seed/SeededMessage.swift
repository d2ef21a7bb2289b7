import Foundation

/// A message of the seeded sandbox mailbox and what a correct reader must make of it, so that
/// tests of clients can check their decoding against hand-written expectations.
///
/// `expectedBodyText` is the first text/plain part that is not an attachment (depth first,
/// not looking inside forwarded messages), decoded from its transfer encoding and charset, with
/// CRLF turned into LF and trailing line breaks kept (the CRLF before a boundary belongs to the
/// boundary); nil when the message has no such part
/// (HTML-only mail). `expectedAttachments` lists, in part order, every part with a filename,
/// with its decoded bytes; a part marked `attachment` that names no file is not listed.
public struct SeededMessage: Sendable {
    public let key: String
    /// 16 hex digits derived from the key, the same on every run.
    public let id: String
    /// The decoded Subject.
    public let expectedSubject: String
    public let expectedBodyText: String?
    public let expectedAttachments: [ExpectedAttachment]
}

public struct ExpectedAttachment: Sendable, Equatable {
    public let filename: String
    /// Lowercase, as the part's `mimeType`.
    public let mimeType: String
    public let bytes: Data
}

extension SandboxSeed {
    /// Every message a seeded `FakeGoogle` holds (at least 60: the awkward cases, then filler).
    public static let seededMessages: [SeededMessage] = SeedEntry.all.map(\.catalogueEntry)

    /// The catalogue entry with this key, e.g. `"koi8-r"`.
    public static func seededMessage(_ key: String) -> SeededMessage? {
        seededMessages.first { $0.key == key }
    }
}
