extension AWSClient {
    /// A client acting as `roleARN`, assumed with this client's credentials; cached and
    /// refreshed before expiry, sharing this client's transport and limiter.
    public func assumeRole(_ roleARN: String, sessionName: String = "groundwork", externalID: String? = nil)
        -> AWSClient
    {
        let provider = AssumeRoleCredentialProvider(
            sourceClient: self,
            roleARN: roleARN,
            sessionName: sessionName,
            externalID: externalID
        )
        return withCredentials(CachedCredentialProvider(provider, clock: runtime.clock))
    }

    /// A client inside member account `accountID`, through the role AWS Organizations creates
    /// there for the management account.
    ///
    /// - Parameters:
    ///   - accountID: the 12-digit member account id.
    ///   - roleName: the role to assume; `OrganizationAccountAccessRole` unless the account was
    ///     created with another `RoleName`.
    public func assumeMemberAccount(
        _ accountID: String,
        roleName: String = "OrganizationAccountAccessRole",
        sessionName: String = "groundwork"
    ) -> AWSClient {
        let partition = AWSPartition(region: region).id.rawValue
        return assumeRole("arn:\(partition):iam::\(accountID):role/\(roleName)", sessionName: sessionName)
    }
}
