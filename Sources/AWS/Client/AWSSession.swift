public import Support

/// The AWS settings of one command run, resolved the way the AWS CLI resolves them, and the
/// clients built from them.
///
/// Credentials: `--profile` names a profile and wins; otherwise `AWS_ACCESS_KEY_ID` /
/// `AWS_SECRET_ACCESS_KEY` win, then the profile from `AWS_PROFILE` or `default` (static keys,
/// `credential_process`, `role_arn` + `source_profile` chains, each role cached and refreshed).
/// Region and endpoints come from `AWSConfigResolver`.
public struct AWSSession: Sendable {
    public let resolver: AWSConfigResolver
    public let region: ResolvedRegion
    public let credentials: any CredentialProvider
    /// Where the credentials come from, in words, before any call is made (`whoami`).
    public let credentialSummary: String
    public let runtime: AWSClient.Runtime

    /// Reads the environment and shared files and prepares (but does not call) the credential chain.
    /// - Throws: `AWSConfigError` for malformed files, unknown profiles, missing or invalid region.
    public static func load(
        environment: Environment,
        overrides: AWSConfigResolver.Overrides = AWSConfigResolver.Overrides(),
        runtime: AWSClient.Runtime = AWSClient.Runtime(),
        reader: ConfigFileReader = .fileSystem
    ) throws(AWSConfigError) -> AWSSession {
        let resolver = try AWSConfigResolver.load(environment: environment, overrides: overrides, reader: reader)
        // An unknown profile explains more than the missing region it would otherwise cause.
        _ = try resolver.profile()
        let region = try resolver.region()
        let endpoints = AWSEndpoints.resolving(resolver)
        let environmentProvider = EnvironmentCredentialProvider(environment: environment)
        let explicitProfile = overrides.profile.map { !$0.isEmpty } ?? false

        let provider: any CredentialProvider
        let summary: String
        if environmentProvider.isConfigured && !explicitProfile {
            provider = environmentProvider
            summary = CredentialSource.environment.description
        } else if let chain = try resolver.credentialChain() {
            provider = Self.provider(
                for: chain, environment: environment, region: region.name, endpoints: endpoints, runtime: runtime)
            summary = chain.summary
        } else {
            provider = CredentialProviderChain([])
            summary = "none found"
        }
        return AWSSession(
            resolver: resolver, region: region, credentials: provider, credentialSummary: summary, runtime: runtime)
    }

    private init(
        resolver: AWSConfigResolver,
        region: ResolvedRegion,
        credentials: any CredentialProvider,
        credentialSummary: String,
        runtime: AWSClient.Runtime
    ) {
        self.resolver = resolver
        self.region = region
        self.credentials = credentials
        self.credentialSummary = credentialSummary
        self.runtime = runtime
    }

    /// The client for this session's identity, region and endpoints.
    public var client: AWSClient {
        AWSClient(credentials: credentials, region: region.name, endpoints: .resolving(resolver), runtime: runtime)
    }

    /// Where `service` would be called, and why there (`whoami`).
    public func endpoint(for service: AWSService) throws(AWSConfigError) -> ResolvedEndpoint {
        try resolver.endpoint(for: service.endpoint, region: region.name)
    }

    /// The provider for a profile's credential chain: the root source, then each role in order.
    static func provider(
        for chain: ProfileCredentialChain,
        environment: Environment,
        region: String,
        endpoints: AWSEndpoints,
        runtime: AWSClient.Runtime
    ) -> any CredentialProvider {
        var provider: any CredentialProvider
        switch chain.source {
        case .staticKeys(let profile, let credentials):
            provider = StaticCredentialProvider(credentials, source: .profile(profile))
        case .process(let profile, let command):
            provider = CachedCredentialProvider(
                ProcessCredentialProvider(command: command, profile: profile), clock: runtime.clock)
        case .environment:
            provider = EnvironmentCredentialProvider(environment: environment)
        case .ec2InstanceMetadata, .ecsContainer:
            return UnavailableCredentialProvider(
                reason:
                    "profile '\(chain.profile)' takes credentials from \(chain.summary); Groundwork does not read instance or container "
                    + "credentials yet: export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN instead"
            )
        }
        for role in chain.roles {
            if role.mfaSerial != nil {
                return UnavailableCredentialProvider(
                    reason:
                        "profile '\(role.profile)' requires an MFA code (mfa_serial) to assume \(role.roleARN); Groundwork does not prompt "
                        + "for MFA: run 'aws sts get-session-token' or use a credential_process that handles MFA"
                )
            }
            let sourceClient = AWSClient(credentials: provider, region: region, endpoints: endpoints, runtime: runtime)
            provider = CachedCredentialProvider(
                AssumeRoleCredentialProvider(
                    sourceClient: sourceClient,
                    roleARN: role.roleARN,
                    sessionName: role.roleSessionName ?? "groundwork",
                    externalID: role.externalID,
                    duration: .seconds(role.durationSeconds ?? 3600)
                ),
                clock: runtime.clock
            )
        }
        return provider
    }
}
