import Synchronization

/// The requests read but not yet answered. It is what lets the process keep the contract's
/// promise at EOF and on SIGTERM: every request already read gets exactly one answer.
final class RequestLedger: Sendable {
    private struct State {
        /// A multiset: a client may (wrongly) reuse an id while the first is in flight.
        var owed: [RequestKey: Int] = [:]
        /// Ids we answered ourselves at shutdown; a late answer from the server must not follow.
        var closedByUs: Set<RequestKey> = []
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func opened(_ ids: [RequestKey]) {
        state.withLock { state in
            for id in ids { state.owed[id, default: 0] += 1 }
        }
    }

    /// The client cancelled `id`: the MCP spec says no answer follows, so stop owing one.
    func cancelled(_ id: RequestKey) {
        settle([id])
    }

    /// Called before an answer is written; false when the answer must be dropped because we
    /// already answered that request at shutdown.
    func answering(_ ids: [RequestKey]) -> Bool {
        let dropped = state.withLock { state in ids.allSatisfy { state.closedByUs.contains($0) } }
        guard !dropped else { return false }
        settle(ids)
        return true
    }

    /// Marks every owed request as answered by us and returns them, for a shutdown that cannot
    /// wait any longer.
    func closeAll() -> [RequestKey] {
        let (ids, waiters) = state.withLock { state in
            let ids = state.owed.flatMap { Array(repeating: $0.key, count: $0.value) }
            state.closedByUs.formUnion(ids)
            state.owed = [:]
            defer { state.waiters = [] }
            return (ids, state.waiters)
        }
        waiters.forEach { $0.resume() }
        return ids
    }

    var owedCount: Int { state.withLock { $0.owed.values.reduce(0, +) } }

    /// Returns once nothing is owed.
    func drained() async {
        await withCheckedContinuation { continuation in
            let done = state.withLock { state in
                guard !state.owed.isEmpty else { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    private func settle(_ ids: [RequestKey]) {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            for id in ids {
                guard let count = state.owed[id] else { continue }
                state.owed[id] = count > 1 ? count - 1 : nil
            }
            guard state.owed.isEmpty else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        waiters.forEach { $0.resume() }
    }
}
