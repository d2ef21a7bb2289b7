/// The MCP revisions this server speaks, by era, and how `initialize` picks one.
enum ProtocolVersions {
    /// The stateless era's revisions (no handshake; every request carries its version in
    /// `params._meta`), newest first.
    static let modern = ["2026-07-28"]

    /// The handshake era's revisions, newest first.
    static let handshake = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

    /// Every revision, newest first: what an unsupported-version error lists while a connection
    /// may still take either era.
    static let all = modern + handshake

    /// The client's version when it is one of ours, else the newest: the client then decides
    /// whether it can go on.
    static func negotiate(requested: String?) -> String {
        guard let requested, handshake.contains(requested) else { return handshake[0] }
        return requested
    }
}
