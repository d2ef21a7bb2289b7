import Foundation

/// Runs blocking socket work on a thread of its own and awaits it, so that async tests never
/// hold a thread of Swift's cooperative pool while the raw client waits for the server.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            do {
                continuation.resume(returning: try work())
            } catch {
                continuation.resume(throwing: error)
            }
        }
        thread.start()
    }
}
