import AWSSigner

/// Credentials from `sts:AssumeRole`, signed by another provider's credentials.
///
/// Used for `role_arn` + `source_profile` profiles and for reaching member accounts. Wrap in
/// `CachedCredentialProvider` (as `AWSClient.assumeRole` does) so the role is assumed once and
/// refreshed before it expires, not on every request.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    /// The client whose credentials call STS (its region picks the STS endpoint).
    public let sourceClient: AWSClient
    public let roleARN: String
    public let sessionName: String
    public let externalID: String?
    public let duration: Duration

    public init(
        sourceClient: AWSClient,
        roleARN: String,
        sessionName: String = "groundwork",
        externalID: String? = nil,
        duration: Duration = .seconds(3600)
    ) {
        self.sourceClient = sourceClient
        self.roleARN = roleARN
        self.sessionName = sessionName
        self.externalID = externalID
        self.duration = duration
    }

    public func resolve() async throws -> ResolvedCredentials {
        let source = try await sourceClient.credentials.resolve().source
        let response: STS.AssumeRoleResponse
        do {
            response = try await sourceClient.send(
                STS.assumeRole,
                STS.AssumeRoleRequest(
                    roleArn: roleARN,
                    roleSessionName: sessionName,
                    durationSeconds: Int(duration.components.seconds),
                    externalId: externalID
                )
            )
        } catch let error as AWSError {
            throw AWSClientError(
                .credentials,
                "cannot assume role '\(roleARN)' with \(source): \(error)",
                cause: error
            )
        }
        guard let credentials = response.credentials else {
            throw AWSClientError(.credentials, "sts:AssumeRole for '\(roleARN)' returned no credentials")
        }
        return ResolvedCredentials(
            AWSCredentials(
                accessKeyID: credentials.accessKeyId,
                secretAccessKey: credentials.secretAccessKey,
                sessionToken: credentials.sessionToken,
                expiration: credentials.expiration
            ),
            source: .assumedRole(roleARN: roleARN, via: source)
        )
    }
}
