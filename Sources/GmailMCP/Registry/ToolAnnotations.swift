import MCP

/// The annotation sets the contract's tools use (docs/tools.md, Annotations), so each tool says
/// which kind it is instead of spelling out five hints. Nothing here deletes mail, so
/// `destructiveHint` is always false.
extension Tool.Annotations {
    /// Reads mail or contacts: read-only, idempotent, no effect outside the account.
    static func reading(_ title: String) -> Tool.Annotations {
        .init(title: title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
    }

    /// Changes the mailbox. `reachesOthers` for what goes out to other people (sending);
    /// `idempotent` when repeating the call changes nothing more (setting labels).
    static func changingMailbox(_ title: String, reachesOthers: Bool, idempotent: Bool = false) -> Tool.Annotations {
        .init(
            title: title, readOnlyHint: false, destructiveHint: false, idempotentHint: idempotent,
            openWorldHint: reachesOthers)
    }

    /// Neither reads nor changes mail, but is not read-only either (it replaces a cached token).
    static func acting(_ title: String) -> Tool.Annotations {
        .init(title: title, readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)
    }
}
