/// Google asks clients to send one search with an empty query before searching, to refresh the
/// server-side cache (otherwise results can be empty or stale): once per process and source,
/// not per call. Concurrent first searches share one warm-up; a failed one is tried again by
/// the next search.
actor PeopleWarmUp {
    private var done: Set<PeopleClient.SearchSource> = []
    private var running: [PeopleClient.SearchSource: Task<Void, any Error>] = [:]

    func ensure(_ source: PeopleClient.SearchSource, _ send: @escaping @Sendable () async throws -> Void) async throws {
        if done.contains(source) { return }
        let task = running[source] ?? Task { try await send() }
        running[source] = task
        do {
            try await task.value
            done.insert(source)
            running[source] = nil
        } catch {
            running[source] = nil
            throw error
        }
    }
}
