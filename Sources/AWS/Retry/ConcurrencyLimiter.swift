/// Bounds how many requests are in flight at once across every client that shares it.
///
/// A fan-out over hundreds of accounts shares one limiter, so it never has more than `limit`
/// calls open and does not trip the per-caller rate limits AWS applies (Organizations allows
/// only a few requests per second).
public actor ConcurrencyLimiter {
    public nonisolated let limit: Int
    private var inFlight = 0
    private var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextWaiter = 0

    public init(limit: Int) {
        precondition(limit > 0, "a concurrency limit must be positive")
        self.limit = limit
    }

    /// Runs `body` once a slot is free, and frees the slot after it.
    public func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await body()
    }

    /// Requests currently running; for tests and traces.
    public var running: Int { inFlight }

    private func acquire() async throws {
        try Task.checkCancellation()
        if inFlight < limit {
            inFlight += 1
            return
        }
        let id = nextWaiter
        nextWaiter += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                waiters.append((id, continuation))
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    private func release() {
        if waiters.isEmpty {
            inFlight -= 1
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
