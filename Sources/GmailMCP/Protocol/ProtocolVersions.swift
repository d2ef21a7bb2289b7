/// The MCP revisions this server speaks and how `initialize` picks one.
enum ProtocolVersions {
    /// The handshake era's revisions, newest first.
    static let handshake = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

    /// The client's version when it is one of ours, else the newest: the client then decides
    /// whether it can go on.
    static func negotiate(requested: String?) -> String {
        guard let requested, handshake.contains(requested) else { return handshake[0] }
        return requested
    }
}
