import Foundation

/// A message to send, as values: the composer turns it into RFC 5322 bytes. Addresses arrive
/// parsed and validated (`OutgoingAddressParser`); everything else is checked by the composer.
public struct OutgoingMessage: Sendable {
    public var from: OutgoingMailbox?
    public var to: [OutgoingMailbox]
    public var cc: [OutgoingMailbox]
    public var bcc: [OutgoingMailbox]
    public var replyTo: [OutgoingMailbox]
    public var subject: String
    /// At least one of the two bodies is set; with only HTML, a text part is derived from it.
    public var textBody: String?
    public var htmlBody: String?
    public var attachments: [OutgoingAttachment]
    /// The parent's Message-ID, angle brackets included.
    public var inReplyTo: String?
    /// The thread's Message-IDs, oldest first, angle brackets included.
    public var references: [String]
    public var date: Date

    public init(
        from: OutgoingMailbox? = nil, to: [OutgoingMailbox], cc: [OutgoingMailbox] = [],
        bcc: [OutgoingMailbox] = [], replyTo: [OutgoingMailbox] = [], subject: String, textBody: String? = nil,
        htmlBody: String? = nil, attachments: [OutgoingAttachment] = [], inReplyTo: String? = nil,
        references: [String] = [], date: Date = .now
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.replyTo = replyTo
        self.subject = subject
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.attachments = attachments
        self.inReplyTo = inReplyTo
        self.references = references
        self.date = date
    }
}

/// One file to attach.
public struct OutgoingAttachment: Sendable {
    public var filename: String
    /// `type/subtype`, optionally with parameters (`text/csv; charset=utf-8`).
    public var mediaType: String
    public var data: Data

    public init(filename: String, mediaType: String, data: Data) {
        self.filename = filename
        self.mediaType = mediaType
        self.data = data
    }
}
