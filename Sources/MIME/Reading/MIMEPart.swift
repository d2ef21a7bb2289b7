import Foundation

/// One part of a message as a mail store hands it over, already split into a tree: the part's
/// headers as written, its content with the transfer encoding removed, or, when the store keeps
/// large content back, the id to fetch it by. This is the reader's input; a store's own wire
/// format (Gmail's `payload`) is turned into it by that store's client.
public struct MIMEPart: Sendable, Equatable {
    /// The store's id of the part (`""` for the root, `0.1` for the second child of the first).
    public var partID: String
    /// The store's reading of the type, when it gives one; else the Content-Type header counts.
    public var mimeType: String?
    /// The store's decoded file name, when it gives one (it may keep encoding artifacts).
    public var filename: String?
    /// In original order and case, duplicates kept.
    public var headers: [MIMEHeaderField]
    /// The bytes, transfer encoding removed; nil when the store did not send them.
    public var content: Data?
    /// The store's id for fetching content it kept back (Gmail's `attachmentId`).
    public var fetchID: String?
    /// Decoded size in bytes as the store reports it (for content kept back).
    public var size: Int?
    public var children: [MIMEPart]

    public init(
        partID: String = "", mimeType: String? = nil, filename: String? = nil, headers: [MIMEHeaderField] = [],
        content: Data? = nil, fetchID: String? = nil, size: Int? = nil, children: [MIMEPart] = []
    ) {
        self.partID = partID
        self.mimeType = mimeType
        self.filename = filename
        self.headers = headers
        self.content = content
        self.fetchID = fetchID
        self.size = size
        self.children = children
    }
}

/// One header field of a part: name and value as they stand in the message.
public struct MIMEHeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
