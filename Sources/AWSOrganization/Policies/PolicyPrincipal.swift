/// Who a resource policy (a bucket policy) speaks about. SCPs never carry a principal.
///
/// See [Principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
public enum PolicyPrincipal: Sendable, Hashable {
    /// `"*"`: every principal, used with `Deny` to set a floor nobody goes below.
    case anyone
    /// AWS service principals such as `cloudtrail.amazonaws.com`.
    case service([String])
    /// Account, role or user ARNs.
    case aws([String])
}
