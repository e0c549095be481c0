/// Who ran the audit, as the provider reports it (STS GetCallerIdentity on AWS), so the report
/// and the evidence say whose view of the organization they show.
public struct CallerIdentity: Sendable, Hashable {
    /// The account the caller belongs to (`111111111111`).
    public var account: String
    /// The caller's full name (`arn:aws:sts::111111111111:assumed-role/Auditor/alice`).
    public var principal: String
    /// The provider's stable id for the caller (`AROA...:alice`), if any.
    public var userID: String?

    public init(account: String, principal: String, userID: String? = nil) {
        self.account = account
        self.principal = principal
        self.userID = userID
    }
}
