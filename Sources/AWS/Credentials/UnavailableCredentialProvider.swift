/// A provider that always fails with a message: for configured sources this build cannot use
/// (instance metadata, MFA prompts), so the user learns why instead of getting other credentials.
public struct UnavailableCredentialProvider: CredentialProvider {
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public func resolve() async throws -> ResolvedCredentials {
        throw AWSClientError(.credentials, reason)
    }
}
