/// Waiting, injected so retries and polling can be tested without real delays.
public struct Sleeper: Sendable {
    private let sleep: @Sendable (Duration) async throws -> Void

    public init(_ sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.sleep = sleep
    }

    /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
    public func callAsFunction(_ duration: Duration) async throws {
        try await sleep(duration)
    }

    /// Real time, through `Task.sleep`.
    public static let system = Sleeper { try await Task.sleep(for: $0) }

    /// Returns at once; for tests.
    public static let immediate = Sleeper { _ in try Task.checkCancellation() }
}
