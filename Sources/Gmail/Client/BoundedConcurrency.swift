/// Runs `work` over `items` with at most `limit` in flight, keeping the results in input order.
/// Gmail allows only a few concurrent requests per user before answering 429.
public enum BoundedConcurrency {
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], limit: Int, _ work: @escaping @Sendable (Item) async throws -> Output
    ) async throws -> [Output] {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: items.count)
            var next = 0
            func startNext() {
                guard next < items.count else { return }
                let index = next
                let item = items[index]
                next += 1
                group.addTask { (index, try await work(item)) }
            }
            for _ in 0..<min(limit, items.count) { startNext() }
            while let (index, output) = try await group.next() {
                results[index] = output
                startNext()
            }
            return results.map { $0! }
        }
    }
}
