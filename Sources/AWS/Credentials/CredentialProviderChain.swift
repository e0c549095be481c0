/// Tries providers in order and uses the first that is configured, like the AWS CLI's chain.
///
/// A provider that is configured but fails (a bad `credential_process`, a role that cannot be
/// assumed) stops the chain with its error rather than silently falling through to other
/// credentials: using a different identity than the user set up is worse than failing.
public struct CredentialProviderChain: CredentialProvider {
    /// Each link: a provider, and whether it applies in this environment.
    public let links: [(provider: any CredentialProvider, isConfigured: Bool)]

    public init(_ links: [(provider: any CredentialProvider, isConfigured: Bool)]) {
        self.links = links
    }

    public func resolve() async throws -> ResolvedCredentials {
        guard let link = links.first(where: { $0.isConfigured }) else {
            throw AWSClientError(
                .credentials,
                "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE / --profile "
                    + "naming a profile in ~/.aws/credentials or ~/.aws/config"
            )
        }
        return try await link.provider.resolve()
    }
}
