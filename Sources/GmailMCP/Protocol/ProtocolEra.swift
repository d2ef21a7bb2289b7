import MCP
import MCPTransport
import Synchronization

/// Which era a connection speaks, and how each request is admitted to it. On stdio the first
/// request that chooses fixes the era for the process: `initialize` the handshake era, a request
/// with the modern `_meta` envelope 2026-07-28. Over HTTP (no sessions) every request stands on
/// its own, so nothing is fixed.
final class ProtocolEra: Sendable {
    enum State: Sendable, Equatable {
        case undecided, handshake, modern
    }

    /// How one request is to be served.
    enum Admission: Sendable, Equatable {
        case handshake
        case modern(ModernEnvelope)
    }

    /// True on stdio (the process is one connection); false over HTTP, where every request is
    /// a connection of its own.
    let fixesEra: Bool
    private let state = Mutex(State.undecided)

    init(fixedByFirstRequest: Bool) {
        self.fixesEra = fixedByFirstRequest
    }

    var current: State { state.withLock { $0 } }

    /// Admits a request other than `initialize`. Once the handshake era is chosen, modern keys
    /// are ignored; once the modern era is chosen, every request must carry the envelope.
    func admit(_ request: MCPRequest) throws -> Admission {
        let claim = try ModernEnvelope.claim(of: request.params)
        switch (state.withLock { $0 }, claim) {
        case (.handshake, _):
            return .handshake
        case (.undecided, .none):
            return .handshake
        case (.modern, .none):
            throw JSONRPCError(
                code: -32602,
                message:
                    #"Invalid params: this connection speaks 2026-07-28 (its first request chose it), so every request needs _meta["\#(ModernEnvelope.versionKey)"]"#
            )
        case (let current, .modern(let version)):
            let supported = current == .modern ? ProtocolVersions.modern : ProtocolVersions.all
            let envelope = try ModernEnvelope.read(request.params, version: version, supported: supported)
            if fixesEra { state.withLock { if $0 == .undecided { $0 = .modern } } }
            return .modern(envelope)
        }
    }

    /// Admits `initialize`: refused with -32022 once the modern era is chosen (the client should
    /// go on without a handshake), else it chooses the handshake era.
    func admitInitialize(requestedVersion: String?) throws {
        let refused = state.withLock { state -> Bool in
            if state == .modern { return true }
            if fixesEra { state = .handshake }
            return false
        }
        guard refused else { return }
        throw JSONRPCError(
            code: -32022,
            message:
                "Unsupported protocol version: this connection already speaks \(ProtocolVersions.modern.joined(separator: ", ")) (its first request chose it), which has no initialize; send requests with the _meta envelope",
            data: [
                "supported": .array(ProtocolVersions.modern.map(Value.string)),
                "requested": .string(requestedVersion ?? ""),
            ])
    }
}
