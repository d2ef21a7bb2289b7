/// A label as labels.list shows it (reference section 2.7).
struct GmailLabel: Sendable {
    let id: String
    let name: String
    let isSystem: Bool
    let messageListVisibility: String?
    let labelListVisibility: String?

    /// How `label:` spells a name: lowercase, spaces and slashes as `-` (Gmail's search help).
    var searchName: String {
        String(name.lowercased().map { $0 == " " || $0 == "/" ? "-" : $0 })
    }
}

/// The fake account's labels: Gmail's system labels, and a few user labels like a real
/// account has (a nested one, to exercise the `/` in names).
enum LabelCatalogue {
    static let system: [GmailLabel] = [
        label("CHAT", message: "hide", list: "labelHide"),
        label("SENT"), label("INBOX"), label("IMPORTANT"), label("TRASH"), label("DRAFT"), label("SPAM"),
        label("CATEGORY_FORUMS"), label("CATEGORY_UPDATES"), label("CATEGORY_PERSONAL"),
        label("CATEGORY_PROMOTIONS"), label("CATEGORY_SOCIAL"), label("STARRED"), label("UNREAD"),
    ]

    static let user: [GmailLabel] = [
        GmailLabel(
            id: "Label_1", name: "Work", isSystem: false, messageListVisibility: "show",
            labelListVisibility: "labelShow"),
        GmailLabel(
            id: "Label_2", name: "Receipts", isSystem: false, messageListVisibility: "show",
            labelListVisibility: "labelShow"),
        GmailLabel(
            id: "Label_3", name: "Travel/Bookings", isSystem: false, messageListVisibility: "show",
            labelListVisibility: "labelShowIfUnread"),
    ]

    static var all: [GmailLabel] { system + user }

    /// The label id a `label:` value names: an id or a search name, case-insensitively.
    static func labelID(forSearchValue value: String) -> String? {
        let lowered = value.lowercased()
        return all.first { $0.id.lowercased() == lowered || $0.searchName == lowered }?.id
    }

    private static func label(_ id: String, message: String? = nil, list: String? = nil) -> GmailLabel {
        GmailLabel(id: id, name: id, isSystem: true, messageListVisibility: message, labelListVisibility: list)
    }
}
