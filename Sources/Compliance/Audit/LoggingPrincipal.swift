/// A principal that may be able to act on the audit log, as the provider names it.
public struct LoggingPrincipal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The root user of an account.
        case root
        /// A person in the identity provider.
        case person
        /// A group in the identity provider; expanded to its members when they are known.
        case group
        /// A local user (an IAM user).
        case user
        /// A role (an IAM role, a permission set's role).
        case role
        /// A whole account, as in a trust policy naming `arn:aws:iam::111111111111:root`:
        /// any principal there whose own policies allow it.
        case account
        /// A service or federated principal.
        case service

        /// Listing order: the most powerful first.
        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    }

    public var kind: Kind
    /// The name as the report shows it: a person key, a role name or ARN, an account id.
    public var name: String
    /// How it holds its power, for the report: `permission set 'admin'`, `IAM policy AdministratorAccess`.
    public var via: String?

    public init(_ kind: Kind, _ name: String, via: String? = nil) {
        self.kind = kind
        self.name = name
        self.via = via
    }
}

/// A role the protecting guardrail exempts (the break-glass role), and who can assume it.
public struct ExemptedRole: Sendable, Hashable {
    /// The role's name or ARN.
    public var name: String
    /// The account it lives in, for the report.
    public var account: String?
    /// The principals its trust policy lets assume it (already narrowed by conditions the
    /// provider can evaluate).
    public var assumers: [LoggingPrincipal]

    public init(name: String, account: String? = nil, assumers: [LoggingPrincipal] = []) {
        self.name = name
        self.account = account
        self.assumers = assumers
    }
}

/// One principal that can still turn the audit log off, and every reason why.
public struct LoggingDisabler: Sendable, Hashable {
    public var kind: LoggingPrincipal.Kind
    public var name: String
    /// Sentences, in the order found: `root user of the management account 'management', which no SCP restricts`.
    public var reasons: [String]

    public init(kind: LoggingPrincipal.Kind, name: String, reasons: [String]) {
        self.kind = kind
        self.name = name
        self.reasons = reasons
    }
}
