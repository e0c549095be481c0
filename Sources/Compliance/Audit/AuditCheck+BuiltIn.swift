extension AuditCheck {
    // MARK: Audit log

    public static let trailLogging = AuditCheck(
        id: "audit-log.trail-logging",
        requirement: .auditLog,
        severity: .critical,
        title: "An organization trail exists and is logging",
        rationale: """
            Without an organization trail that is switched on, nothing any account does is recorded, \
            and nothing an attacker does can be reconstructed.
            """,
        remediation: "create an organization trail (or start logging on it) from the management account"
    )

    public static let trailAllRegions = AuditCheck(
        id: "audit-log.trail-all-regions",
        requirement: .auditLog,
        severity: .high,
        title: "The organization trail covers every region",
        rationale: "A single-region trail misses activity in every other region, where an attacker would go.",
        remediation: "make the organization trail multi-region (IsMultiRegionTrail = true)"
    )

    public static let trailLogValidation = AuditCheck(
        id: "audit-log.trail-log-validation",
        requirement: .auditLog,
        severity: .medium,
        title: "The organization trail validates its log files",
        rationale: """
            Digest files let an auditor prove that no log file was changed or removed after delivery.
            """,
        remediation: "turn on log file validation on the organization trail"
    )

    public static let archiveAccount = AuditCheck(
        id: "audit-log.archive-account",
        requirement: .auditLog,
        severity: .high,
        title: "The trail's bucket sits in the log-archive account",
        rationale: """
            A bucket in the management or a workload account can be changed by the people who run \
            that account; the log-archive account exists so that nobody who is audited holds the logs.
            """,
        remediation: "deliver the organization trail to a bucket owned by the log-archive account"
    )

    public static let archiveObjectLock = AuditCheck(
        id: "audit-log.archive-object-lock",
        requirement: .auditLog,
        severity: .critical,
        title: "The archive bucket has Object Lock in compliance mode for the required retention",
        rationale: """
            Only compliance-mode Object Lock stops everyone, the root user included, from deleting \
            or overwriting logs before the retention the frameworks demand has passed.
            """,
        remediation:
            "enable Object Lock on the archive bucket with a default retention in COMPLIANCE mode of at least the required period"
    )

    public static let archiveLifecycle = AuditCheck(
        id: "audit-log.archive-lifecycle",
        requirement: .auditLog,
        severity: .high,
        title: "No lifecycle rule expires logs before the required retention",
        rationale: "A lifecycle rule that expires objects early deletes the evidence the frameworks require.",
        remediation: "remove the expiring lifecycle rule, or set its expiration beyond the required retention"
    )

    public static let archivePublicAccess = AuditCheck(
        id: "audit-log.archive-public-access",
        requirement: .auditLog,
        severity: .high,
        title: "Public access to the archive bucket is blocked",
        rationale: "Audit logs name people, resources and sometimes data; they must never be public.",
        remediation: "turn on all four S3 Block Public Access settings for the archive bucket"
    )

    public static let archiveWritePolicy = AuditCheck(
        id: "audit-log.archive-write-policy",
        requirement: .auditLog,
        severity: .high,
        title: "Only CloudTrail may write to the archive bucket",
        rationale: """
            If anyone else may write, forged log files can be placed beside the real ones.
            """,
        remediation:
            "restrict s3:PutObject in the bucket policy to the cloudtrail.amazonaws.com service principal, for this organization's trail"
    )

    public static let protectSCPAttached = AuditCheck(
        id: "audit-log.protect-scp-attached",
        requirement: .auditLog,
        severity: .critical,
        title: "The policy that protects the audit log governs every member account",
        rationale: """
            The protect-audit-log guardrail only works where it is attached: an account outside its \
            reach can stop the trail or change the archive.
            """,
        remediation: "attach the protect-audit-log service control policy to the organization root"
    )

    public static let kmsKeyDeletion = AuditCheck(
        id: "audit-log.kms-key-deletion",
        requirement: .auditLog,
        severity: .high,
        title: "Workload principals cannot schedule deletion of the trail's KMS key",
        rationale: "Deleting the key that encrypts the logs makes every log file unreadable, forever.",
        remediation:
            "allow kms:ScheduleKeyDeletion and kms:DisableKey in the key policy only to the security team's role, and deny it by SCP elsewhere"
    )

    // MARK: Single sign-on and shadow access

    public static let shadowIAMUsers = AuditCheck(
        id: "sso.shadow-iam-users",
        requirement: .sso,
        severity: .high,
        title: "No IAM user has a console password or an active access key",
        rationale: """
            IAM users are access outside the identity provider: they survive offboarding, skip its \
            MFA and leave no trace in its log.
            """,
        remediation:
            "delete the IAM user's password and access keys (or the user), and grant access through the identity provider"
    )

    public static let rootAccessKeys = AuditCheck(
        id: "sso.root-access-keys",
        requirement: .sso,
        severity: .critical,
        title: "No root user has an access key",
        rationale:
            "A root access key is unrestricted, long-lived and cannot be limited by any policy in its own account.",
        remediation: "delete the root user's access keys"
    )

    public static let rootMFA = AuditCheck(
        id: "sso.root-mfa",
        requirement: .sso,
        severity: .high,
        title: "Every root user has MFA",
        rationale: "A root user without MFA falls to a single stolen or reset password.",
        remediation: "enable MFA (a hardware key where possible) on the root user, or centrally manage root access"
    )

    public static let externalIdentityProviders = AuditCheck(
        id: "sso.external-identity-providers",
        requirement: .sso,
        severity: .high,
        title: "No account trusts a SAML or OIDC provider other than Identity Center",
        rationale: """
            Another identity provider is a second front door: its users reach the account without \
            passing the organization's sign-in, MFA or offboarding.
            """,
        remediation:
            "remove the IAM SAML/OIDC provider (keep only those Identity Center and declared CI systems need)"
    )

    public static let accountIdentityCenter = AuditCheck(
        id: "sso.account-identity-center",
        requirement: .sso,
        severity: .medium,
        title: "No account runs its own Identity Center instance",
        rationale: "An account instance of Identity Center manages its own users, outside the organization's.",
        remediation: "delete the account instance of Identity Center and use the organization instance"
    )

    public static let identityCenterMFA = AuditCheck(
        id: "sso.identity-center-mfa",
        requirement: .sso,
        severity: .high,
        title: "Identity Center requires MFA at every sign-in",
        rationale: """
            Identity Center's MFA settings have no public API, so no tool can read them; the \
            requirement still stands and an auditor will ask for proof.
            """,
        remediation:
            "in the Identity Center console, under Settings > Authentication > Multi-factor authentication, choose 'Every time they sign in' and 'Require them to register an MFA device at sign in'",
        manualEvidence: """
            a screenshot or export of Identity Center Settings > Authentication showing MFA required \
            'every time they sign in' (or, with an external identity provider, its MFA policy), dated \
            and naming the instance
            """,
        attestationKey: "mfa"
    )

    // MARK: Isolation

    public static let crossStageTrust = AuditCheck(
        id: "isolation.cross-stage-trust",
        requirement: .isolation,
        severity: .high,
        title: "No production role trusts a non-production account, nor the reverse",
        rationale: """
            A trust across stages lets whoever controls the development account reach production, \
            undoing the separation the accounts exist for.
            """,
        remediation: "remove the other stage's account from the role's trust policy"
    )

    public static let productionUnit = AuditCheck(
        id: "isolation.production-unit",
        requirement: .isolation,
        severity: .high,
        title: "Every production account sits in the production unit",
        rationale: "A production account elsewhere escapes the guardrails and access the production unit carries.",
        remediation: "move the account into the production unit"
    )

    // MARK: Separation

    public static let delegatedAdministrator = AuditCheck(
        id: "separation.delegated-administrator",
        requirement: .separation,
        severity: .high,
        title: "Delegated administrators are the declared security-tooling account",
        rationale: """
            A delegated administrator for a security service controls that service for the whole \
            organization; a workload account holding it can blind the security team.
            """,
        remediation: "deregister the account as delegated administrator and register the security-tooling account"
    )

    /// Every check only a live organization can answer, grouped by requirement.
    public static let liveOnly: [AuditCheck] = [
        trailLogging, trailAllRegions, trailLogValidation, archiveAccount, archiveObjectLock, archiveLifecycle,
        archivePublicAccess, archiveWritePolicy, protectSCPAttached, kmsKeyDeletion,
        shadowIAMUsers, rootAccessKeys, rootMFA, externalIdentityProviders, accountIdentityCenter, identityCenterMFA,
        crossStageTrust, productionUnit,
        delegatedAdministrator,
    ]

    /// Every check an audit runs: the spec rules on the live snapshot, then the live-only checks.
    public static func all(rules: [any Rule] = .all) -> [AuditCheck] {
        rules.map { AuditCheck($0.metadata) } + liveOnly
    }
}
