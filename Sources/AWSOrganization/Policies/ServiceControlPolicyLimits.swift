/// AWS Organizations' limits for service control policies.
///
/// See [Quotas for AWS Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html).
public enum ServiceControlPolicyLimits {
    /// Maximum size of one SCP document. AWS's quota page states 5,120 bytes; a document saved
    /// through the API or CLI is stored and counted exactly as sent, whitespace included (only the
    /// console strips it), so Groundwork always sends minified JSON and counts UTF-8 bytes.
    public static let maximumDocumentBytes = 5_120

    /// Maximum number of SCPs attached directly to one root, unit or account.
    public static let maximumAttachedPerTarget = 5

    /// Slots Groundwork leaves for AWS's `FullAWSAccess` policy, which must stay attached at every
    /// level (SCPs only filter; without an allow at every level, everything is denied).
    public static let reservedPerTarget = 1

    /// Slots Groundwork may fill on one target.
    public static var availablePerTarget: Int { maximumAttachedPerTarget - reservedPerTarget }
}
