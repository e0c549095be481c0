/// A cloud account (an AWS account) in the organization.
public struct Account: Sendable, Hashable {
    /// The key the spec names it by (`prod`); also the account name on the provider.
    public var key: String
    public var email: String
    /// Path of the unit it sits in; nil means the organization root.
    public var unit: String?
    /// What the account is for; nil for a workload account, which has a `stage` instead.
    public var role: AccountRole?
    public var stage: Stage?
    /// Whether real user data lives here. Only production accounts may say yes.
    public var userData: Bool
    /// The provider's account id, when known (always for a live snapshot).
    public var id: String?

    public init(key: String, email: String, unit: String? = nil, role: AccountRole? = nil, stage: Stage? = nil, userData: Bool = false, id: String? = nil) {
        self.key = key
        self.email = email
        self.unit = unit
        self.role = role
        self.stage = stage
        self.userData = userData
        self.id = id
    }

    /// True for accounts that run the product (those with a stage or the workload role).
    public var isWorkload: Bool { role == nil || role == .workload }
    public var isProduction: Bool { stage == .production }
}

/// The duty an account has in the organization's separation of duties.
public enum AccountRole: String, Sendable, Hashable, CaseIterable {
    case management
    case logArchive = "log-archive"
    case securityTooling = "security-tooling"
    case workload
}

/// A workload account's environment stage.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case production
    case staging
    case development
    case testing
    case sandbox
}
