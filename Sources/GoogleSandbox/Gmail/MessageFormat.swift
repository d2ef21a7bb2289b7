/// The `format` of messages.get.
enum MessageFormat: String {
    case minimal, metadata, full, raw

    /// Case-insensitive, `full` when absent; anything else is a 400.
    init(_ text: String?) throws(GmailFailure) {
        guard let text, !text.isEmpty else {
            self = .full
            return
        }
        guard let format = MessageFormat(rawValue: text.lowercased()) else {
            throw .invalidParameter(field: "format", type: "TYPE_ENUM", value: text)
        }
        self = format
    }
}
