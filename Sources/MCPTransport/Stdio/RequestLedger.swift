import Synchronization

/// The requests read but not yet answered. It is what lets the process keep the contract's
/// promise at EOF and on SIGTERM: every request already read gets exactly one answer.
final class RequestLedger: Sendable {
    private struct State {
        /// A multiset: a client may (wrongly) reuse an id while the first is in flight.
        var owed: [RequestKey: Int] = [:]
        /// Answers claimed and queued but not yet written out.
        var writing: [RequestKey: Int] = [:]
        /// Ids we answered ourselves at shutdown; a late answer from the server must not follow.
        var closedByUs: Set<RequestKey> = []
        var waiters: [CheckedContinuation<Void, Never>] = []

        var isDrained: Bool { owed.isEmpty && writing.isEmpty }
    }

    private let state = Mutex(State())

    func opened(_ ids: [RequestKey]) {
        state.withLock { state in
            for id in ids { state.owed[id, default: 0] += 1 }
        }
    }

    /// The client cancelled `id`: the MCP spec says no answer follows, so stop owing one.
    func cancelled(_ id: RequestKey) {
        settle { $0.owed.removeOne(id) }
    }

    /// Runs `body` (which queues a notification about `id`) only while the request is still owed,
    /// under the same lock as `claim`: a notification is then queued before the answer or not at
    /// all, never after it, and none follows a cancellation.
    func whileOwed(_ id: RequestKey, _ body: () -> Void) {
        state.withLock { state in
            guard state.owed[id, default: 0] > 0, !state.closedByUs.contains(id) else { return }
            body()
        }
    }

    /// Called right before an answer is queued for writing; false when it must be dropped
    /// because we already answered that request at shutdown. A claimed answer still counts as
    /// owed until `written` says it reached the pipe.
    func claim(_ ids: [RequestKey]) -> Bool {
        state.withLock { state in
            guard !ids.allSatisfy({ state.closedByUs.contains($0) }) else { return false }
            for id in ids where state.owed.removeOne(id) {
                state.writing[id, default: 0] += 1
            }
            return true
        }
    }

    func written(_ ids: [RequestKey]) {
        settle { state in
            for id in ids { state.writing.removeOne(id) }
        }
    }

    /// Gives up on every request still owed (not those being written): marks them answered by us
    /// and returns them, and releases whoever waits for the drain.
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

    /// Returns once nothing is owed or being written.
    func drained() async {
        await withCheckedContinuation { continuation in
            let done = state.withLock { state in
                guard !state.isDrained else { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    private func settle(_ change: (inout State) -> Void) {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            change(&state)
            guard state.isDrained else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        waiters.forEach { $0.resume() }
    }
}

extension Dictionary where Value == Int {
    /// Takes one count of `key` away; false when there was none.
    @discardableResult
    fileprivate mutating func removeOne(_ key: Key) -> Bool {
        guard let count = self[key] else { return false }
        self[key] = count > 1 ? count - 1 : nil
        return true
    }
}
