import AWSSigner
public import Foundation
public import Support

/// Caches another provider's credentials and refreshes them shortly before they expire.
///
/// Concurrent callers during a refresh wait for the one refresh in flight rather than each
/// calling STS, so a fan-out over many accounts assumes each role once.
public actor CachedCredentialProvider: CredentialProvider {
    private let base: any CredentialProvider
    private let clock: DateGenerator
    /// How long before expiry credentials count as stale.
    public nonisolated let refreshMargin: TimeInterval
    private var cached: ResolvedCredentials?
    private var refreshing: Task<ResolvedCredentials, any Error>?

    public init(_ base: any CredentialProvider, clock: DateGenerator = .system, refreshMargin: TimeInterval = 300) {
        self.base = base
        self.clock = clock
        self.refreshMargin = refreshMargin
    }

    public func resolve() async throws -> ResolvedCredentials {
        if let cached, isFresh(cached) { return cached }
        if let refreshing { return try await refreshing.value }
        let task = Task { [base] in try await base.resolve() }
        refreshing = task
        defer { refreshing = nil }
        let fresh = try await task.value
        cached = fresh
        return fresh
    }

    private func isFresh(_ resolved: ResolvedCredentials) -> Bool {
        guard let expiration = resolved.credentials.expiration else { return true }
        return expiration.timeIntervalSince(clock()) > refreshMargin
    }
}
