import Synchronization

/// The requests being answered, so `notifications/cancelled` can stop them by id.
final class RunningRequests: Sendable {
    private let running = Mutex<[RequestKey: Task<Void, Never>]>([:])

    /// Starts `work` for `id`. The task is created under the lock, so its own removal (which
    /// needs the lock) always comes after its insertion.
    func start(_ id: RequestKey, _ work: @escaping @Sendable () async -> Void) {
        running.withLock { running in
            running[id] = Task {
                await work()
                self.running.withLock { _ = $0.removeValue(forKey: id) }
            }
        }
    }

    func cancel(_ id: RequestKey) {
        running.withLock { $0[id] }?.cancel()
    }
}
