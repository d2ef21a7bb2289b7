/// What tests need around messages.send: send-as aliases, and what was sent and how.
extension FakeGoogle {
    /// Ids of the messages sent through messages.send, oldest first. Each is also in the
    /// mailbox with the `SENT` label, readable through messages.get and threads.get.
    public var sentMessageIDs: [String] { core.state.withLock { $0.sending.sentMessageIDs } }

    /// Lets a From name this address without being rewritten to the account's, like a
    /// verified `users.settings.sendAs` alias.
    public func addSendAsAlias(_ address: String) {
        core.state.withLock { _ = $0.sending.sendAsAliases.insert(address.lowercased()) }
    }

    /// `"json"`, `"media"` or `"multipart"`: the path of the last send request that got as far
    /// as having its body read (admitted, and with a usable upload type); nil before any.
    public var lastSendUploadType: String? { core.state.withLock { $0.sending.lastUploadType } }
}
