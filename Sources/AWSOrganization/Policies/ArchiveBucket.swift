public import OrgModel

/// The audit-log archive bucket in the log-archive account, as Groundwork configures it.
///
/// Versioning is always on (Object Lock requires it), every public-access switch is on, and
/// encryption is SSE-KMS with a bucket key when a key is declared, SSE-S3 otherwise.
public struct ArchiveBucket: Sendable, Hashable {
    public var name: String
    /// Nil when the spec does not ask for immutable storage (Object Lock cannot be enabled later
    /// on an existing bucket without AWS Support, so the planner must decide at creation).
    public var objectLock: ObjectLockConfiguration?
    public var encryption: BucketEncryption
    public var versioningEnabled: Bool
    public var publicAccessBlock: PublicAccessBlock

    public init(
        name: String,
        objectLock: ObjectLockConfiguration?,
        encryption: BucketEncryption,
        versioningEnabled: Bool = true,
        publicAccessBlock: PublicAccessBlock = .allBlocked
    ) {
        self.name = name
        self.objectLock = objectLock
        self.encryption = encryption
        self.versioningEnabled = versioningEnabled
        self.publicAccessBlock = publicAccessBlock
    }

    /// The bucket the spec's `audit-log:` block asks for.
    ///
    /// - Throws: `PolicyError` `.invalidValue` for a retention S3 cannot hold.
    public init(name: String, auditLog: AuditLogPolicy, kmsKeyARN: String? = nil) throws {
        let retention = try auditLog.retention.map(ObjectLockRetention.init(retention:))
        self.init(
            name: name,
            objectLock: auditLog.immutable ? ObjectLockConfiguration(defaultRetention: retention) : nil,
            encryption: kmsKeyARN.map(BucketEncryption.kms(keyARN:)) ?? .aes256
        )
    }

    /// `<organization>-audit-log-<account id>`: unique across AWS (bucket names are global) and
    /// a valid DNS name, so virtual-hosted URLs and TLS work.
    ///
    /// The organization name is lower-cased, anything but letters and digits becomes a hyphen and
    /// it is shortened so the whole name stays within 63 characters.
    /// - Throws: `PolicyError` `.invalidValue` when the account id is not twelve digits.
    public static func name(organization: String, accountID: String) throws -> String {
        guard accountID.count == 12, accountID.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw PolicyError(.invalidValue, "account id '\(accountID)' is not a twelve-digit AWS account id")
        }
        return "\(prefix(organization))-audit-log-\(accountID)"
    }

    /// The name with the account id left open, for the SCP written before the log-archive account exists.
    public static func namePattern(organization: String) -> String {
        "\(prefix(organization))-audit-log-*"
    }

    /// 63 characters minus `-audit-log-` and twelve digits leaves 40 for the organization.
    private static func prefix(_ organization: String) -> String {
        var slug = String(GuardrailPolicies.slug(organization).prefix(40))
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "org" }
        for reserved in ["xn--", "sthree-", "amzn-s3-demo-"]
        where slug.hasPrefix(reserved) || (slug + "-").hasPrefix(reserved) {
            slug = "org-" + slug
            slug = String(slug.prefix(40))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug
    }

    public var arn: String { "arn:aws:s3:::\(name)" }

    /// The bucket policy: only the organization trail writes, nobody deletes, TLS only.
    ///
    /// - Parameters:
    ///   - trailARN: the organization trail; both CloudTrail grants are bound to it with
    ///     `aws:SourceArn`, so no other trail (in any account) can use the bucket.
    ///   - managementAccountID: the account that owns the trail (its own events land under its id).
    ///   - organizationID: `o-…`; member accounts' events land under it.
    public func policy(trailARN: String, managementAccountID: String, organizationID: String) -> PolicyDocument {
        let objects = "\(arn)/*"
        let fromTrail = PolicyCondition().setting(.stringEquals, "aws:SourceArn", [trailARN])
        return PolicyDocument(statements: [
            PolicyStatement(
                sid: "CloudTrailAclCheck", effect: .allow, principal: .service(["cloudtrail.amazonaws.com"]),
                actions: .action(["s3:GetBucketAcl"]), resources: .resource([arn]), condition: fromTrail),
            PolicyStatement(
                sid: "CloudTrailWrite", effect: .allow, principal: .service(["cloudtrail.amazonaws.com"]),
                actions: .action(["s3:PutObject"]),
                resources: .resource(["\(arn)/AWSLogs/\(managementAccountID)/*", "\(arn)/AWSLogs/\(organizationID)/*"]),
                condition: fromTrail.setting(.stringEquals, "s3:x-amz-acl", ["bucket-owner-full-control"])),
            PolicyStatement(
                sid: "DenyWritesExceptAWSServices", effect: .deny, principal: .anyone,
                actions: .action(["s3:PutObject"]), resources: .resource([objects]),
                condition: PolicyCondition().setting(.bool, "aws:PrincipalIsAWSService", ["false"])),
            PolicyStatement(
                sid: "DenyDeletes", effect: .deny, principal: .anyone,
                actions: .action([
                    "s3:BypassGovernanceRetention", "s3:DeleteBucket", "s3:DeleteObject", "s3:DeleteObjectVersion",
                ]),
                resources: .resource([arn, objects])),
            PolicyStatement(
                sid: "DenyInsecureTransport", effect: .deny, principal: .anyone,
                actions: .action(["s3:*"]), resources: .resource([arn, objects]),
                condition: PolicyCondition().setting(.bool, "aws:SecureTransport", ["false"])),
        ])
    }

    /// False when a lifecycle rule expiring objects after `days` would end before the declared
    /// retention (S3 would not delete locked objects, but the rule states an intent the audit
    /// rejects, and on a bucket without Object Lock it would delete evidence).
    public func allowsExpiration(afterDays days: Int, retention: RetentionPeriod?) -> Bool {
        guard let retention else { return true }
        return Double(days) >= retention.days
    }
}

/// Object Lock on the bucket, with its default retention when one is declared.
public struct ObjectLockConfiguration: Sendable, Hashable {
    /// Always true: the configuration exists only when Object Lock is on.
    public var enabled: Bool
    public var defaultRetention: ObjectLockRetention?

    public init(enabled: Bool = true, defaultRetention: ObjectLockRetention?) {
        self.enabled = enabled
        self.defaultRetention = defaultRetention
    }
}

/// Default server-side encryption.
public enum BucketEncryption: Sendable, Hashable {
    /// SSE-S3.
    case aes256
    /// SSE-KMS with an S3 bucket key (fewer KMS calls, lower cost).
    case kms(keyARN: String)

    /// The `SSEAlgorithm` value S3 uses.
    public var algorithm: String {
        switch self {
        case .aes256: "AES256"
        case .kms: "aws:kms"
        }
    }

    public var keyARN: String? {
        if case .kms(let key) = self { return key }
        return nil
    }

    public var bucketKeyEnabled: Bool {
        if case .kms = self { return true }
        return false
    }
}

/// The bucket's four public-access switches.
public struct PublicAccessBlock: Sendable, Hashable {
    public var blockPublicAcls: Bool
    public var ignorePublicAcls: Bool
    public var blockPublicPolicy: Bool
    public var restrictPublicBuckets: Bool

    public init(blockPublicAcls: Bool, ignorePublicAcls: Bool, blockPublicPolicy: Bool, restrictPublicBuckets: Bool) {
        self.blockPublicAcls = blockPublicAcls
        self.ignorePublicAcls = ignorePublicAcls
        self.blockPublicPolicy = blockPublicPolicy
        self.restrictPublicBuckets = restrictPublicBuckets
    }

    /// Every switch on: what an audit archive needs.
    public static let allBlocked = PublicAccessBlock(
        blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true)
}
