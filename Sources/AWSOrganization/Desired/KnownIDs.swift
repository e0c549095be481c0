/// Live ids the desired state needs to spell some values exactly: the bucket name carries the
/// log-archive account's id, the bucket policy the management account's and the organization's.
///
/// Taken from the snapshot the plan is made against; a value not known yet (an account that
/// does not exist) becomes `AWSResourceConventions.knownAfterApply`, and the provider fills it in.
public struct KnownIDs: Sendable, Hashable {
    public var organizationID: String?
    public var managementAccountID: String?
    /// Account ids by account name (the spec's account key).
    public var accountIDs: [String: String]

    public init(organizationID: String? = nil, managementAccountID: String? = nil, accountIDs: [String: String] = [:]) {
        self.organizationID = organizationID
        self.managementAccountID = managementAccountID
        self.accountIDs = accountIDs
    }
}
