public import Planner

extension ResourceKind {
    /// An organization policy type enabled on the root (`policy-type.SERVICE_CONTROL_POLICY`).
    public static let policyType = ResourceKind("policy-type")
}

/// The addresses and attribute names shared by `DesiredState` and `AWSSnapshot.resources()`.
///
/// Desired and live resources are matched by address and compared attribute by attribute, so
/// both sides build them here and nowhere else.
public enum AWSResourceConventions {
    /// The value a desired attribute holds when it depends on an id that exists only after apply
    /// (the archive bucket's name before the log-archive account is created).
    public static let knownAfterApply = "(known after apply)"

    public static let serviceControlPolicyType = "SERVICE_CONTROL_POLICY"

    /// Attribute names.
    public enum Attribute {
        public static let status = "status"
        public static let email = "email"
        public static let content = "content"
        public static let description = "description"
        public static let displayName = "display-name"
        public static let sessionDuration = "session-duration"
        public static let managedPolicies = "managed-policies"
        public static let customerManagedPolicies = "customer-managed-policies"
        public static let inlinePolicy = "inline-policy"
        public static let bucketName = "name"
        public static let versioning = "versioning"
        public static let objectLock = "object-lock"
        public static let publicAccessBlock = "public-access-block"
        public static let encryption = "encryption"
        public static let bucketPolicy = "policy"
        public static let multiRegion = "multi-region"
        public static let logFileValidation = "log-file-validation"
        public static let organizationTrail = "organization-trail"
        public static let globalServiceEvents = "global-service-events"
        public static let logging = "logging"
        public static let bucket = "bucket"
    }

    public static func policyType(_ type: String) -> ResourceAddress { ResourceAddress(.policyType, type) }
    public static func unit(_ path: String) -> ResourceAddress { ResourceAddress(.unit, path) }
    public static func account(_ name: String) -> ResourceAddress { ResourceAddress(.account, name) }
    public static func guardrail(_ policyName: String) -> ResourceAddress { ResourceAddress(.guardrail, policyName) }

    /// `guardrail-attachment.<policy>@root`, `…@unit:Workloads`, `…@account:prod`.
    public static func attachment(_ policyName: String, target: String) -> ResourceAddress {
        ResourceAddress(.guardrailAttachment, "\(policyName)@\(target)")
    }

    public static func group(_ name: String) -> ResourceAddress { ResourceAddress(.group, name) }
    public static func person(_ key: String) -> ResourceAddress { ResourceAddress(.person, key) }
    public static func membership(group: String, person: String) -> ResourceAddress {
        ResourceAddress(.membership, "\(group)/\(person)")
    }
    public static func profile(_ name: String) -> ResourceAddress { ResourceAddress(.profile, name) }

    /// `assignment.<group>/<profile>/<account>`; a grant to a person is `person:<key>/<profile>/<account>`.
    public static func assignment(principal: AssignmentPrincipal, profile: String, account: String) -> ResourceAddress {
        ResourceAddress(.assignment, "\(principal.label)/\(profile)/\(account)")
    }

    /// `archive-bucket.<archive account name>`: stable before the bucket's name (which carries the
    /// account id) is known.
    public static func archiveBucket(account: String) -> ResourceAddress { ResourceAddress(.archiveBucket, account) }
    public static func trail(_ name: String) -> ResourceAddress { ResourceAddress(.trail, name) }

    /// The attachment target label for a policy target.
    public static func targetLabel(_ target: PolicyTarget) -> String {
        switch target {
        case .root: "root"
        case .unit(let path): "unit:\(path)"
        case .account(let key): "account:\(key)"
        }
    }

    /// The four public-access switches as one list attribute, in S3's order.
    public static func publicAccessBlockValue(_ block: PublicAccessBlock) -> AttributeValue {
        .list([
            .bool(block.blockPublicAcls), .bool(block.ignorePublicAcls), .bool(block.blockPublicPolicy),
            .bool(block.restrictPublicBuckets),
        ])
    }

    /// `COMPLIANCE 7 years`, `COMPLIANCE 400 days`, `enabled, no default retention`, `off`.
    public static func objectLockValue(_ configuration: ObjectLockConfiguration?) -> AttributeValue {
        guard let configuration else { return .string("off") }
        guard let retention = configuration.defaultRetention else { return .string("enabled, no default retention") }
        switch retention.period {
        case .days(let days): return .string("\(retention.mode.rawValue) \(days) days")
        case .years(let years): return .string("\(retention.mode.rawValue) \(years) years")
        }
    }

    /// `AES256`, or `aws:kms <key ARN>`.
    public static func encryptionValue(_ encryption: BucketEncryption) -> AttributeValue {
        .string(encryption.keyARN.map { "\(encryption.algorithm) \($0)" } ?? encryption.algorithm)
    }
}

/// Who an assignment grants a permission set to.
public enum AssignmentPrincipal: Sendable, Hashable {
    case group(String)
    case person(String)

    var label: String {
        switch self {
        case .group(let name): name
        case .person(let key): "person:\(key)"
        }
    }

    /// Parses the first segment of an assignment address.
    init(label: String) {
        self = label.hasPrefix("person:") ? .person(String(label.dropFirst("person:".count))) : .group(label)
    }
}
