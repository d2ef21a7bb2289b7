/// One mailbox of an address field; group members are listed like any other mailbox.
public struct StrictAddress: Sendable, Equatable {
    /// The display name with encoded words decoded and quoting removed; nil when the mailbox
    /// has none.
    public let displayName: String?
    /// `local@domain` as written (a quoted local part keeps its quotes).
    public let address: String

    public init(displayName: String?, address: String) {
        self.displayName = displayName
        self.address = address
    }
}
