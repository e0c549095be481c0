public import OrgModel

/// The live AWS organization: the provider-neutral `Organization` (so `check`'s rules judge live
/// state exactly as they judge a spec) plus the live-only facts plan, apply and audit need: ids,
/// ARNs, statuses, policy contents and attachments, trail and bucket settings.
public struct AWSSnapshot: Sendable, Hashable {
    /// The organization in the spec's model: units, accounts, people, groups, profiles, grants,
    /// guardrails recognised by their Sids, the audit log as far as it can be read.
    public var organization: Organization
    public var organizationID: String
    public var managementAccountID: String
    public var managementAccountEmail: String?
    public var rootID: String
    /// Policy types enabled on the root with status `ENABLED` (`SERVICE_CONTROL_POLICY`, `RESOURCE_CONTROL_POLICY`).
    public var enabledPolicyTypes: [String]
    public var units: [Unit]
    public var accounts: [LiveAccount]
    /// Service control and resource control policies, with their targets.
    public var policies: [LivePolicy]
    public var delegatedAdministrators: [DelegatedAdministrator]
    /// Service principals with trusted access to the organization.
    public var trustedServices: [String]
    /// Nil when the organization has no Identity Center instance.
    public var identityCenter: IdentityCenterState?
    /// Trails visible from the management account in the home region.
    public var trails: [Trail]
    /// The archive bucket, when the spec's log-archive account exists and the bucket was found.
    public var archiveBucket: Bucket?

    public struct Unit: Sendable, Hashable {
        public var id: String
        public var name: String
        /// Slash-separated path from the root.
        public var path: String
        public var parentID: String
    }

    public struct LiveAccount: Sendable, Hashable {
        public var id: String
        public var name: String
        public var email: String
        /// `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE`.
        public var status: String
        public var parentID: String
        /// The unit path it sits in; nil at the root.
        public var unitPath: String?
    }

    public struct LivePolicy: Sendable, Hashable {
        public var id: String
        public var name: String
        public var type: String
        public var description: String
        public var awsManaged: Bool
        /// The document as AWS returned it.
        public var content: String
        /// Root, unit or account ids it is attached to.
        public var targetIDs: [String]
    }

    public struct DelegatedAdministrator: Sendable, Hashable {
        public var accountID: String
        public var name: String?
    }

    public struct IdentityCenterState: Sendable, Hashable {
        public var instanceARN: String
        public var identityStoreID: String
        public var users: [User]
        public var groups: [Group]
        public var memberships: [Membership]
        public var permissionSets: [PermissionSet]
        public var assignments: [Assignment]

        public struct User: Sendable, Hashable {
            public var id: String
            public var userName: String
            public var email: String?
            public var displayName: String?
        }

        public struct Group: Sendable, Hashable {
            public var id: String
            public var displayName: String
        }

        public struct Membership: Sendable, Hashable {
            public var id: String
            public var groupID: String
            public var userID: String
        }

        public struct PermissionSet: Sendable, Hashable {
            public var arn: String
            public var name: String
            public var description: String
            /// ISO 8601 (`PT1H`).
            public var sessionDuration: String
            public var managedPolicyARNs: [String]
            /// `path + name` of customer managed policies.
            public var customerManagedPolicies: [String]
            /// Empty when none.
            public var inlinePolicy: String
        }

        public struct Assignment: Sendable, Hashable {
            public var accountID: String
            public var permissionSetARN: String
            /// `GROUP` or `USER`.
            public var principalType: String
            public var principalID: String
        }
    }

    public struct Trail: Sendable, Hashable {
        public var name: String
        public var arn: String?
        public var homeRegion: String?
        public var bucketName: String?
        public var isMultiRegion: Bool
        public var logFileValidation: Bool
        public var isOrganizationTrail: Bool
        public var includeGlobalServiceEvents: Bool
        public var isLogging: Bool
        public var kmsKeyID: String?
    }

    public struct Bucket: Sendable, Hashable {
        public var accountID: String
        public var accountName: String
        public var name: String
        /// `Enabled`, `Suspended`, or empty when never set.
        public var versioning: String
        /// Nil when Object Lock is off.
        public var objectLock: ObjectLockConfiguration?
        public var encryption: BucketEncryption?
        public var publicAccessBlock: PublicAccessBlock?
        /// Empty when there is none.
        public var policy: String
        /// Days after which a lifecycle rule expires objects, per enabled rule.
        public var expirationDays: [Int]
    }

    public init(
        organization: Organization, organizationID: String, managementAccountID: String,
        managementAccountEmail: String?,
        rootID: String, enabledPolicyTypes: [String], units: [Unit], accounts: [LiveAccount], policies: [LivePolicy],
        delegatedAdministrators: [DelegatedAdministrator], trustedServices: [String],
        identityCenter: IdentityCenterState?, trails: [Trail], archiveBucket: Bucket?
    ) {
        self.organization = organization
        self.organizationID = organizationID
        self.managementAccountID = managementAccountID
        self.managementAccountEmail = managementAccountEmail
        self.rootID = rootID
        self.enabledPolicyTypes = enabledPolicyTypes
        self.units = units
        self.accounts = accounts
        self.policies = policies
        self.delegatedAdministrators = delegatedAdministrators
        self.trustedServices = trustedServices
        self.identityCenter = identityCenter
        self.trails = trails
        self.archiveBucket = archiveBucket
    }

    /// Ids the desired state needs (bucket name, bucket policy).
    public var knownIDs: KnownIDs {
        KnownIDs(
            organizationID: organizationID, managementAccountID: managementAccountID,
            accountIDs: Dictionary(accounts.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first }))
    }

    public func account(named name: String) -> LiveAccount? { accounts.first { $0.name == name } }
}
