/// The MCP revisions this server speaks, by era, and how `initialize` picks one. Transports need
/// them too: over HTTP a modern request's errors carry their own statuses.
public enum ProtocolVersions {
    /// The stateless era's revisions (no handshake; every request carries its version in
    /// `params._meta`), newest first.
    public static let modern = ["2026-07-28"]

    /// The handshake era's revisions, newest first.
    public static let handshake = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

    /// Every revision, newest first: what an unsupported-version error lists while a connection
    /// may still take either era.
    public static let all = modern + handshake

    /// The client's version when it is one of ours, else the newest: the client then decides
    /// whether it can go on.
    public static func negotiate(requested: String?) -> String {
        guard let requested, handshake.contains(requested) else { return handshake[0] }
        return requested
    }
}

extension ProtocolVersions {
    /// Whether `version` belongs to the stateless era: one of ours, or any version that is not a
    /// handshake one (a newer revision the server does not speak is still a modern request, to be
    /// refused with -32022).
    public static func isModern(_ version: String) -> Bool { !handshake.contains(version) }
}
