import Foundation

/// One message in the fake mailbox: its bytes exactly as delivered, the parse of them, and
/// Gmail's bookkeeping around them.
struct StoredMessage: Sendable {
    let id: String
    let threadId: String
    var labelIds: [String]
    /// Epoch milliseconds; sets the list order, as SMTP acceptance time does at Gmail.
    let internalDate: Int64
    let historyId: UInt64
    let raw: Data
    let root: MIMEPart
    /// Gmail's preview text, HTML-escaped as Gmail sends it.
    let snippet: String
    let searchable: SearchableMessage

    init(id: String, threadId: String, labelIds: [String], internalDate: Int64, historyId: UInt64, raw: Data) {
        self.id = id
        self.threadId = threadId
        self.labelIds = labelIds
        self.internalDate = internalDate
        self.historyId = historyId
        self.raw = raw
        let root = MIMEParser.parseMessage(raw)
        self.root = root
        snippet = Snippet.make(from: root)
        searchable = SearchableMessage(root: root, sizeEstimate: raw.count)
    }

    var sizeEstimate: Int { raw.count }
}
