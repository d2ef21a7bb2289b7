/// Gmail API v1 JSON as Google sends it (reference: shared/reference/google-apis.md section 2).
/// Every field is optional where Google may omit it: empty lists and unset fields are left out,
/// and int64 values (`internalDate`, `historyId`) arrive as strings.

/// `users.messages.get` (any format) and the items of `users.messages.list`.
public struct GmailMessage: Decodable, Sendable, Equatable {
    public var id: String
    public var threadId: String?
    public var labelIds: [String]?
    public var snippet: String?
    public var historyId: String?
    /// Epoch milliseconds, as a string.
    public var internalDate: String?
    public var sizeEstimate: Int?
    /// Formats `full` and `metadata`.
    public var payload: MessagePart?
    /// Format `raw`: the RFC 5322 message, base64url.
    public var raw: String?

    public init(
        id: String, threadId: String? = nil, labelIds: [String]? = nil, snippet: String? = nil,
        historyId: String? = nil, internalDate: String? = nil, sizeEstimate: Int? = nil, payload: MessagePart? = nil,
        raw: String? = nil
    ) {
        self.id = id
        self.threadId = threadId
        self.labelIds = labelIds
        self.snippet = snippet
        self.historyId = historyId
        self.internalDate = internalDate
        self.sizeEstimate = sizeEstimate
        self.payload = payload
        self.raw = raw
    }
}

/// One node of a message's MIME tree. `partId` is "" at the root, then "0", "1", "0.1", ….
public struct MessagePart: Decodable, Sendable, Equatable {
    public var partId: String?
    public var mimeType: String?
    /// Set for attachments, "" otherwise.
    public var filename: String?
    /// In original order and case, duplicates kept; values as they stand in the message.
    public var headers: [MessageHeader]?
    public var body: MessagePartBody?
    /// Only on `multipart/*`.
    public var parts: [MessagePart]?

    public init(
        partId: String? = nil, mimeType: String? = nil, filename: String? = nil, headers: [MessageHeader]? = nil,
        body: MessagePartBody? = nil, parts: [MessagePart]? = nil
    ) {
        self.partId = partId
        self.mimeType = mimeType
        self.filename = filename
        self.headers = headers
        self.body = body
        self.parts = parts
    }
}

public struct MessageHeader: Decodable, Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A part's content: inline `data` (base64url, usually unpadded) or an `attachmentId` to fetch.
/// `size` counts decoded bytes; containers have `{"size": 0}`.
public struct MessagePartBody: Decodable, Sendable, Equatable {
    public var attachmentId: String?
    public var size: Int?
    public var data: String?

    public init(attachmentId: String? = nil, size: Int? = nil, data: String? = nil) {
        self.attachmentId = attachmentId
        self.size = size
        self.data = data
    }
}

/// `users.messages.list`: `messages` is absent when nothing matches.
public struct MessageList: Decodable, Sendable, Equatable {
    public var messages: [GmailMessage]?
    public var nextPageToken: String?
    public var resultSizeEstimate: Int?
}
