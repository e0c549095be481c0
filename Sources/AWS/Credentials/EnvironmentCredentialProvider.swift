import AWSSigner
public import Support

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and optional `AWS_SESSION_TOKEN`, as the AWS CLI reads them.
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: Environment

    public init(environment: Environment) {
        self.environment = environment
    }

    /// Whether the environment names an access key at all (the chain moves on when it does not).
    public var isConfigured: Bool { environment.nonEmpty("AWS_ACCESS_KEY_ID") != nil }

    public func resolve() async throws -> ResolvedCredentials {
        guard let keyID = environment.nonEmpty("AWS_ACCESS_KEY_ID") else {
            throw AWSClientError(.credentials, "AWS_ACCESS_KEY_ID is not set")
        }
        guard let secret = environment.nonEmpty("AWS_SECRET_ACCESS_KEY") else {
            throw AWSClientError(
                .credentials,
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both, or unset AWS_ACCESS_KEY_ID to use a profile"
            )
        }
        let credentials = AWSCredentials(
            accessKeyID: keyID,
            secretAccessKey: secret,
            sessionToken: environment.nonEmpty("AWS_SESSION_TOKEN")
        )
        return ResolvedCredentials(credentials, source: .environment)
    }
}
