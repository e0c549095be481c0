/// Runs `transform` over `items` with at most `limit` running at once, keeping input order.
///
/// One helper for every fan-out (accounts, files, API pages) so that parallelism is always
/// bounded and cancellation is checked before each new task starts.
public func boundedMap<Item: Sendable, Result: Sendable>(
    _ items: [Item],
    limit: Int,
    _ transform: @escaping @Sendable (Item) async throws -> Result
) async throws -> [Result] {
    precondition(limit > 0, "boundedMap needs a positive limit")
    var results = [Result?](repeating: nil, count: items.count)
    try await withThrowingTaskGroup(of: (Int, Result).self) { group in
        var next = 0
        func launch() throws {
            try Task.checkCancellation()
            let index = next
            let item = items[index]
            group.addTask { (index, try await transform(item)) }
            next += 1
        }
        while next < min(limit, items.count) { try launch() }
        while let (index, value) = try await group.next() {
            results[index] = value
            if next < items.count { try launch() }
        }
    }
    return results.compactMap { $0 }
}
