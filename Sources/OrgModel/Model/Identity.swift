/// The `identity:` block: single sign-on, MFA, groups, permission profiles and who gets what where.
public struct Identity: Sendable, Hashable {
    /// The SSO provider; nil when none is declared (a finding, not a load error).
    public var provider: IdentityProviderKind?
    public var mfa: MFAPolicy?
    /// Groups and their members (person keys), in declaration order.
    public var groups: [Group]
    public var profiles: [PermissionProfile]
    public var access: [AccessGrant]
    /// Local (non-SSO) users declared in accounts, e.g. IAM users; each is a finding.
    public var localUsers: [LocalUser]

    public init(
        provider: IdentityProviderKind? = nil,
        mfa: MFAPolicy? = nil,
        groups: [Group] = [],
        profiles: [PermissionProfile] = [],
        access: [AccessGrant] = [],
        localUsers: [LocalUser] = []
    ) {
        self.provider = provider
        self.mfa = mfa
        self.groups = groups
        self.profiles = profiles
        self.access = access
        self.localUsers = localUsers
    }

    public func group(_ name: String) -> Group? { groups.first { $0.name == name } }
    public func profile(_ name: String) -> PermissionProfile? { profiles.first { $0.name == name } }
}

/// Where people sign in.
public enum IdentityProviderKind: String, Sendable, Hashable, CaseIterable {
    case awsIdentityCenter = "aws-identity-center"
    case okta
    case entraID = "entra-id"
    case google
}

/// The organization-wide MFA requirement.
public enum MFAPolicy: String, Sendable, Hashable, CaseIterable {
    case required
    case optional
    case disabled
}

/// A group of people that access is granted to.
public struct Group: Sendable, Hashable {
    public var name: String
    /// Person keys.
    public var members: [String]

    public init(name: String, members: [String] = []) {
        self.name = name
        self.members = members
    }
}

/// A permission profile (an AWS permission set): policies and how long a session lasts.
public struct PermissionProfile: Sendable, Hashable {
    public var name: String
    /// Managed policy names (`AdministratorAccess`) or ARNs.
    public var policies: [String]
    /// Session length in seconds.
    public var sessionSeconds: Int
    /// `.none` denies data-plane reads so metrics and logs can be shared without user data.
    public var dataAccess: DataAccess

    public init(name: String, policies: [String] = [], sessionSeconds: Int = 3600, dataAccess: DataAccess = .full) {
        self.name = name
        self.policies = policies
        self.sessionSeconds = sessionSeconds
        self.dataAccess = dataAccess
    }

    /// True when the profile grants full administrative power.
    public var isAdmin: Bool {
        policies.contains { $0 == "AdministratorAccess" || $0.hasSuffix(":policy/AdministratorAccess") }
    }
}

/// Whether a profile may read user data.
public enum DataAccess: String, Sendable, Hashable, CaseIterable {
    case full
    case none
}

/// One grant: a profile for a group (or, discouraged, a person) on accounts and/or units.
public struct AccessGrant: Sendable, Hashable {
    public var group: String?
    /// Direct grants to a person are allowed by the model so rules can flag them.
    public var person: String?
    public var profile: String
    /// Account keys.
    public var accounts: [String]
    /// Unit paths; a grant on a unit covers every account beneath it.
    public var units: [String]

    public init(group: String? = nil, person: String? = nil, profile: String, accounts: [String] = [], units: [String] = []) {
        self.group = group
        self.person = person
        self.profile = profile
        self.accounts = accounts
        self.units = units
    }
}

/// A user that lives in one account instead of the SSO provider (an IAM user).
public struct LocalUser: Sendable, Hashable {
    public var name: String
    /// Account key.
    public var account: String
    public var console: Bool
    public var accessKeys: Bool

    public init(name: String, account: String, console: Bool = false, accessKeys: Bool = false) {
        self.name = name
        self.account = account
        self.console = console
        self.accessKeys = accessKeys
    }
}
