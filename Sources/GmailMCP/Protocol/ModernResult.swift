import MCP

/// A result as the 2026-07-28 revision shapes it: the handshake-era result's fields, plus
/// `resultType`, the server's identity in `_meta` and, for results a client may cache, how long
/// and for whom. Encoded into the same JSON object as `base`, so a large tool result is still
/// encoded once.
struct ModernResult<Base: Encodable>: Encodable {
    let base: Base
    let serverInfo: Server.Info
    var caching: ResultCaching? = nil

    private enum Keys: String, CodingKey {
        case resultType, ttlMs, cacheScope, _meta
    }

    func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("complete", forKey: .resultType)
        if let caching {
            try container.encode(caching.ttlMs, forKey: .ttlMs)
            try container.encode(caching.scope, forKey: .cacheScope)
        }
        var identity: [String: Value] = ["name": .string(serverInfo.name), "version": .string(serverInfo.version)]
        if let title = serverInfo.title { identity["title"] = .string(title) }
        try container.encode(Value.object([ModernEnvelope.serverInfoKey: .object(identity)]), forKey: ._meta)
    }
}

/// How long a client may reuse a cacheable 2026-07-28 result, and whether it may share it
/// across users.
struct ResultCaching {
    let ttlMs: Int
    let scope: String

    /// For what never changes while the process runs and holds no user data (the server's
    /// description and its tool list).
    static let processLifetimePublic = ResultCaching(ttlMs: 3_600_000, scope: "public")
}

/// `server/discover`'s own fields; `ModernResult` adds the rest.
struct DiscoverFields: Encodable {
    let supportedVersions: [String]
    let capabilities: Server.Capabilities
    let instructions: String
}
