/// What the audit read beyond the snapshot: the facts inside each account and around the
/// archive, each with the evidence it came from, or the call that failed.
///
/// Kept as plain values so the checks (`LiveAuditChecks`) are pure and unit-testable.
public struct AuditFacts: Sendable, Hashable {
    /// A fact read from the live APIs, or why it could not be.
    public enum Reading<Value: Sendable & Hashable>: Sendable, Hashable {
        case read(Value, evidence: [String])
        /// `operation` is the IAM action name (`iam:ListUsers`); `reason` the error, free of secrets.
        case failed(operation: String, reason: String)
    }

    public struct IAMUser: Sendable, Hashable {
        public var name: String
        public var arn: String
        public var hasConsolePassword: Bool
        public var activeAccessKeys: [String]

        public init(name: String, arn: String, hasConsolePassword: Bool, activeAccessKeys: [String]) {
            self.name = name
            self.arn = arn
            self.hasConsolePassword = hasConsolePassword
            self.activeAccessKeys = activeAccessKeys
        }
    }

    public struct RootUser: Sendable, Hashable {
        public var accessKeysPresent: Bool
        public var mfaEnabled: Bool

        public init(accessKeysPresent: Bool, mfaEnabled: Bool) {
            self.accessKeysPresent = accessKeysPresent
            self.mfaEnabled = mfaEnabled
        }
    }

    public struct Role: Sendable, Hashable {
        public var name: String
        public var arn: String
        /// Principals named in the trust policy's Allow statements (`AWS`, `Federated`, `Service`).
        public var trustedPrincipals: [String]

        public init(name: String, arn: String, trustedPrincipals: [String]) {
            self.name = name
            self.arn = arn
            self.trustedPrincipals = trustedPrincipals
        }

        /// The 12-digit account ids the trust policy names (in ARNs or bare).
        public var trustedAccounts: [String] {
            Array(Set(trustedPrincipals.compactMap(Self.accountID(in:)))).sorted()
        }

        static func accountID(in principal: String) -> String? {
            if principal.count == 12, principal.allSatisfy(\.isNumber) { return principal }
            let fields = principal.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count > 4, fields[0] == "arn", fields[4].count == 12, fields[4].allSatisfy(\.isNumber) else {
                return nil
            }
            return String(fields[4])
        }
    }

    /// What one account holds that could be access outside the identity provider.
    public struct Account: Sendable, Hashable {
        public var id: String
        /// The account's key in the report (the spec key when known, else its AWS name).
        public var key: String
        public var users: Reading<[IAMUser]>
        public var root: Reading<RootUser>
        /// ARNs of SAML and OIDC providers.
        public var identityProviders: Reading<[String]>
        public var roles: Reading<[Role]>
        /// ARNs of account instances of Identity Center owned by this account.
        public var identityCenterInstances: Reading<[String]>

        public init(
            id: String, key: String, users: Reading<[IAMUser]>, root: Reading<RootUser>, identityProviders: Reading<[String]>,
            roles: Reading<[Role]>, identityCenterInstances: Reading<[String]>
        ) {
            self.id = id
            self.key = key
            self.users = users
            self.root = root
            self.identityProviders = identityProviders
            self.roles = roles
            self.identityCenterInstances = identityCenterInstances
        }
    }

    /// The archive bucket's settings, read inside the account that owns it.
    public struct Archive: Sendable, Hashable {
        public var bucket: String
        public var accountID: String
        /// Object Lock default retention: mode and whole days; nil when Object Lock is off or has no default.
        public var lockMode: String?
        public var lockDays: Int?
        public var lockEnabled: Bool
        /// Days after which enabled lifecycle rules expire objects.
        public var expirationDays: [Int]
        /// The four Block Public Access flags; nil when none is configured.
        public var publicAccessBlock: [Bool]?
        /// The bucket policy text; empty when none.
        public var policy: String
        public var evidence: [String]

        public init(
            bucket: String, accountID: String, lockMode: String?, lockDays: Int?, lockEnabled: Bool, expirationDays: [Int],
            publicAccessBlock: [Bool]?, policy: String, evidence: [String]
        ) {
            self.bucket = bucket
            self.accountID = accountID
            self.lockMode = lockMode
            self.lockDays = lockDays
            self.lockEnabled = lockEnabled
            self.expirationDays = expirationDays
            self.publicAccessBlock = publicAccessBlock
            self.policy = policy
            self.evidence = evidence
        }
    }

    public var accounts: [Account]
    /// Nil when no trail names a bucket; `.failed` when the bucket could not be located or read.
    public var archive: Reading<Archive>?
    /// The key policy of the trail's KMS key; nil when the trail is not KMS-encrypted.
    public var keyPolicy: Reading<String>?

    public init(accounts: [Account], archive: Reading<Archive>?, keyPolicy: Reading<String>?) {
        self.accounts = accounts
        self.archive = archive
        self.keyPolicy = keyPolicy
    }
}
