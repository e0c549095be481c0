public import OrgModel

/// Turns the spec's guardrails into the SCPs Groundwork deploys.
///
/// Every guardrail in the model is organization-wide, so every statement attaches at the root and
/// governs every member account. The management account is never governed by any SCP (an AWS
/// rule), which `docs/guardrails.md` spells out for the audit's "who can still turn logging off".
/// Statements from all guardrails are packed into as few documents as the 5,120-byte limit allows,
/// because AWS lets only five SCPs attach to the root and `FullAWSAccess` takes one of them.
public struct GuardrailPolicies: Sendable, Hashable {
    /// Regions `restrict-regions` allows, sorted and without duplicates.
    public var regions: [String]
    /// The one IAM role name (optionally with a path) exempt from `protect-audit-log` and
    /// `deny-local-users`; nil exempts nobody.
    public var breakGlassRole: String?
    public var auditLog: AuditLogResources

    /// - Throws: `PolicyError` `.invalidValue` for a malformed region or role name.
    public init(regions: [String], breakGlassRole: String?, auditLog: AuditLogResources) throws {
        for region in regions where !Self.isRegionName(region) {
            throw PolicyError(.invalidValue, "region '\(region)' is not an AWS region name such as 'eu-central-1'")
        }
        if let breakGlassRole, !Self.isRoleName(breakGlassRole) {
            throw PolicyError(
                .invalidValue,
                "break-glass role '\(breakGlassRole)' is not an IAM role name; use letters, digits and +=,.@_- "
                    + "(optionally after a path such as 'emergency/'), without wildcards"
            )
        }
        self.regions = Array(Set(regions)).sorted()
        self.breakGlassRole = breakGlassRole
        self.auditLog = auditLog
    }

    /// Reads regions (the declared list plus the home region) and the break-glass role from the spec.
    public init(organization: Organization, auditLog: AuditLogResources) throws {
        try self.init(
            regions: organization.settings.regions + [organization.settings.homeRegion],
            breakGlassRole: organization.auditLog.breakGlassRole,
            auditLog: auditLog
        )
    }

    /// Where a guardrail's statements attach. All of today's guardrails protect every member
    /// account, so all attach at the root.
    public static func target(of guardrail: Guardrail) -> PolicyTarget {
        switch guardrail {
        case .protectAuditLog, .denyLeaveOrganization, .denyRootUser, .restrictRegions, .denyLocalUsers: .root
        }
    }

    /// The break-glass role in every account, as `aws:PrincipalArn` sees it.
    public var breakGlassPrincipalARN: String? { breakGlassRole.map { "arn:aws:iam::*:role/\($0)" } }

    /// The statements one guardrail contributes.
    public func statements(for guardrail: Guardrail) -> [PolicyStatement] {
        switch guardrail {
        case .protectAuditLog: protectAuditLogStatements
        case .denyLeaveOrganization: [denyLeaveOrganizationStatement]
        case .denyRootUser: [denyRootUserStatement]
        case .restrictRegions: [restrictRegionsStatement]
        case .denyLocalUsers: [denyLocalUsersStatement]
        }
    }

    /// The SCPs for the declared guardrails plus the revocation policy, named, placed and packed.
    ///
    /// Guardrails are taken in the model's canonical order, whatever order the spec lists them in,
    /// so the same set always yields the same documents.
    /// - Throws: `PolicyError` when a statement cannot fit or a target would exceed five SCPs.
    public func servicePolicies(for guardrails: [Guardrail], revocation: RevocationPolicy = RevocationPolicy()) throws
        -> [ServiceControlPolicy]
    {
        let declared = Guardrail.allCases.filter(guardrails.contains)
        if declared.contains(.restrictRegions), regions.isEmpty {
            throw PolicyError(
                .invalidValue,
                "restrict-regions needs at least one allowed region; list them under organization.regions")
        }
        var policies: [ServiceControlPolicy] = []
        var targets: [PolicyTarget] = []
        for guardrail in declared where !targets.contains(Self.target(of: guardrail)) {
            targets.append(Self.target(of: guardrail))
        }
        for target in targets {
            let members = declared.filter { Self.target(of: $0) == target }
            let documents = try PolicyPacker.pack(members.flatMap(statements(for:)))
            for (index, document) in documents.enumerated() {
                let carried = members.filter { guardrail in
                    document.statements.contains { $0.sid?.hasPrefix(Self.sidPrefix(guardrail)) == true }
                }
                policies.append(
                    ServiceControlPolicy(
                        name: Self.policyName("groundwork-guardrails", target: target, index: index),
                        description: "Groundwork guardrails: \(carried.map(\.rawValue).joined(separator: ", "))"
                            + (documents.count > 1 ? " (part \(index + 1) of \(documents.count))" : ""),
                        target: target,
                        guardrails: carried,
                        document: document
                    ))
            }
        }
        let revocationDocuments = try revocation.documents()
        for (index, document) in revocationDocuments.enumerated() {
            policies.append(
                ServiceControlPolicy(
                    name: Self.policyName("groundwork-revocation", target: RevocationPolicy.target, index: index),
                    description: "Groundwork offboarding: denies every action to revoked people"
                        + (revocationDocuments.count > 1 ? " (part \(index + 1) of \(revocationDocuments.count))" : ""),
                    target: RevocationPolicy.target,
                    guardrails: [],
                    document: document
                ))
        }
        for policy in policies {
            try ServiceControlPolicy.validate(policy.document, name: policy.name)
        }
        try ServiceControlPolicy.checkAttachmentLimit(policies)
        return policies
    }

    // MARK: - Statements

    /// Trail, bucket and key actions that stop, delete or alter the audit log.
    static let trailActions = [
        "cloudtrail:CreateTrail",
        "cloudtrail:DeleteTrail",
        "cloudtrail:PutEventSelectors",
        "cloudtrail:PutInsightSelectors",
        "cloudtrail:RemoveTags",
        "cloudtrail:StopLogging",
        "cloudtrail:UpdateTrail",
    ]

    /// Bucket settings and object writes. `PutObject` is denied too: CloudTrail writes as the
    /// `cloudtrail.amazonaws.com` service principal, which SCPs never govern, so only forged files
    /// are stopped. The `Put…` actions also cover the matching `Delete…` APIs (for example
    /// `DeleteBucketEncryption` is authorised as `s3:PutEncryptionConfiguration`).
    static let bucketActions = [
        "s3:BypassGovernanceRetention",
        "s3:DeleteBucket",
        "s3:DeleteBucketPolicy",
        "s3:DeleteObject",
        "s3:DeleteObjectTagging",
        "s3:DeleteObjectVersion",
        "s3:DeleteObjectVersionTagging",
        "s3:PutBucketAcl",
        "s3:PutBucketObjectLockConfiguration",
        "s3:PutBucketOwnershipControls",
        "s3:PutBucketPolicy",
        "s3:PutBucketPublicAccessBlock",
        "s3:PutBucketVersioning",
        "s3:PutEncryptionConfiguration",
        "s3:PutLifecycleConfiguration",
        "s3:PutObject",
        "s3:PutObjectAcl",
        "s3:PutObjectLegalHold",
        "s3:PutObjectRetention",
        "s3:PutObjectVersionAcl",
        "s3:PutReplicationConfiguration",
    ]

    /// Key actions that would make the trail's files unreadable or let someone else control the key.
    static let keyActions = [
        "kms:CreateGrant",
        "kms:DisableKey",
        "kms:DisableKeyRotation",
        "kms:PutKeyPolicy",
        "kms:RetireGrant",
        "kms:RevokeGrant",
        "kms:ScheduleKeyDeletion",
    ]

    /// IAM actions that create an IAM user or a long-lived credential for one.
    static let localUserActions = [
        "iam:CreateAccessKey",
        "iam:CreateLoginProfile",
        "iam:CreateServiceSpecificCredential",
        "iam:CreateUser",
        "iam:UpdateAccessKey",
        "iam:UpdateLoginProfile",
        "iam:UploadSSHPublicKey",
        "iam:UploadSigningCertificate",
    ]

    private var breakGlassExemption: PolicyCondition {
        guard let arn = breakGlassPrincipalARN else { return PolicyCondition() }
        return PolicyCondition().setting(.arnNotLike, "aws:PrincipalArn", [arn])
    }

    private var protectAuditLogStatements: [PolicyStatement] {
        var statements = [
            PolicyStatement(
                sid: "ProtectAuditLogTrail", effect: .deny, actions: .action(Self.trailActions),
                resources: .resource([auditLog.trailARNPattern]), condition: breakGlassExemption),
            PolicyStatement(
                sid: "ProtectAuditLogBucket", effect: .deny, actions: .action(Self.bucketActions),
                resources: .resource([auditLog.bucketARN, auditLog.objectsARN]), condition: breakGlassExemption),
        ]
        if let key = auditLog.kmsKeyARN {
            statements.append(
                PolicyStatement(
                    sid: "ProtectAuditLogKey", effect: .deny, actions: .action(Self.keyActions),
                    resources: .resource([key]), condition: breakGlassExemption))
        }
        return statements
    }

    private var denyLeaveOrganizationStatement: PolicyStatement {
        PolicyStatement(
            sid: "DenyLeaveOrganization", effect: .deny, actions: .action(["organizations:LeaveOrganization"]))
    }

    private var denyRootUserStatement: PolicyStatement {
        PolicyStatement(
            sid: "DenyRootUser", effect: .deny, actions: .action(["*"]),
            condition: PolicyCondition().setting(.arnLike, "aws:PrincipalArn", ["arn:aws:iam::*:root"]))
    }

    private var restrictRegionsStatement: PolicyStatement {
        PolicyStatement(
            sid: "RestrictRegions", effect: .deny, actions: .notAction(GlobalServiceActions.all),
            condition: PolicyCondition().setting(.stringNotEquals, "aws:RequestedRegion", regions))
    }

    private var denyLocalUsersStatement: PolicyStatement {
        PolicyStatement(
            sid: "DenyLocalUsers", effect: .deny, actions: .action(Self.localUserActions),
            condition: breakGlassExemption)
    }

    // MARK: - Naming and validation

    /// Every statement's Sid starts with its guardrail's prefix, so a document says what it carries.
    static func sidPrefix(_ guardrail: Guardrail) -> String {
        switch guardrail {
        case .protectAuditLog: "ProtectAuditLog"
        case .denyLeaveOrganization: "DenyLeaveOrganization"
        case .denyRootUser: "DenyRootUser"
        case .restrictRegions: "RestrictRegions"
        case .denyLocalUsers: "DenyLocalUsers"
        }
    }

    /// `groundwork-guardrails-1` at the root; `groundwork-guardrails-workloads-production-1` on a unit.
    static func policyName(_ base: String, target: PolicyTarget, index: Int) -> String {
        let scope: String
        switch target {
        case .root: scope = ""
        case .unit(let path): scope = "-" + slug(path)
        case .account(let key): scope = "-" + slug(key)
        }
        return "\(base)\(scope)-\(index + 1)"
    }

    static func slug(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? $0 : "-" }
        return String(mapped).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    }

    static func isRegionName(_ region: String) -> Bool {
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, !last.isEmpty, last.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    static func isRoleName(_ name: String) -> Bool {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard let roleName = components.last, (1...64).contains(roleName.count) else { return false }
        return components.allSatisfy { component in
            !component.isEmpty
                && component.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-".contains($0)) }
        }
    }
}
