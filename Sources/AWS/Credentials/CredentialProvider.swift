public import AWSSigner

/// Something that can produce credentials: the environment, a profile, a role to assume.
///
/// Providers are small and composable (`CredentialProviderChain`, `CachedCredentialProvider`);
/// the client asks its provider once per attempt, so a provider that caches must be cheap to ask.
public protocol CredentialProvider: Sendable {
    /// The credentials to sign with now, and where they came from.
    ///
    /// - Throws: `AWSClientError` with code `.credentials` when none can be had, saying why.
    func resolve() async throws -> ResolvedCredentials
}

/// Credentials together with their origin.
public struct ResolvedCredentials: Sendable, Hashable {
    public var credentials: AWSCredentials
    public var source: CredentialSource

    public init(_ credentials: AWSCredentials, source: CredentialSource) {
        self.credentials = credentials
        self.source = source
    }
}

/// Fixed credentials handed in by the program (tests, a key pair just created).
public struct StaticCredentialProvider: CredentialProvider {
    public let resolved: ResolvedCredentials

    public init(_ credentials: AWSCredentials, source: CredentialSource = .explicit) {
        resolved = ResolvedCredentials(credentials, source: source)
    }

    public func resolve() async throws -> ResolvedCredentials { resolved }
}
