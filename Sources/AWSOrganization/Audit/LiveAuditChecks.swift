public import Compliance
import Foundation
public import OrgModel

/// The live-only checks (`AuditCheck.liveOnly`) judged on what was read: pure, so every verdict
/// is unit-tested without a cloud. A fact that could not be read gives ERROR naming the call.
public struct LiveAuditChecks: Sendable {
    public var snapshot: AWSSnapshot
    /// The live organization in the spec's model (with the spec's intentions when one was given).
    public var organization: Organization
    public var facts: AuditFacts
    /// Ids of the evidence the snapshot was read from.
    public var snapshotEvidence: [String]
    /// The retention the archive's Object Lock must hold at least, in days.
    public var requiredRetentionDays: Int
    /// Unit paths production accounts belong in.
    public var productionUnits: Set<String>
    public var catalogue: FrameworkCatalogue

    public init(
        snapshot: AWSSnapshot, organization: Organization, facts: AuditFacts, snapshotEvidence: [String],
        requiredRetentionDays: Int, productionUnits: Set<String>, catalogue: FrameworkCatalogue = .audit
    ) {
        self.snapshot = snapshot
        self.organization = organization
        self.facts = facts
        self.snapshotEvidence = snapshotEvidence
        self.requiredRetentionDays = requiredRetentionDays
        self.productionUnits = productionUnits
        self.catalogue = catalogue
    }

    var frameworks: [Framework] { organization.settings.frameworks }

    /// Every live-only result except Identity Center MFA (left to the assembler as MANUAL).
    public func results() -> [AuditResult] {
        auditLog() + shadowAccess() + isolation() + separation()
    }

    func evidence(_ service: String, _ operations: [String] = []) -> [String] {
        snapshotEvidence.filter { id in
            id.hasPrefix(service + ".") && (operations.isEmpty || operations.contains { id.hasPrefix("\(service).\($0).") })
        }
    }

    func result(
        _ check: AuditCheck, _ status: CheckStatus, _ resource: String, scope: AuditScope = .organization, _ message: String,
        evidence: [String], remediation: String? = nil
    ) -> AuditResult {
        check.result(
            status, resource: resource, scope: scope, message: message, evidence: evidence, remediation: remediation,
            frameworks: frameworks, catalogue: catalogue)
    }

    func key(of accountID: String) -> String {
        organization.accounts.first { $0.id == accountID }?.key
            ?? snapshot.accounts.first { $0.id == accountID }?.name ?? accountID
    }

    // MARK: - Audit log

    func auditLog() -> [AuditResult] {
        var results: [AuditResult] = []
        let trailEvidence = evidence("cloudtrail")
        guard let trail = AuditReader.organizationTrail(snapshot.trails) else {
            let message = "no organization trail exists, so member accounts' activity is not recorded centrally"
            for check in [AuditCheck.trailLogging, .trailAllRegions, .trailLogValidation] {
                results.append(result(check, .fail, "organization", message, evidence: trailEvidence))
            }
            results += archive(trail: nil)
            results.append(protectingPolicy())
            return results
        }
        let resource = trail.arn ?? trail.name
        results.append(
            trail.isLogging
                ? result(.trailLogging, .pass, resource, "organization trail '\(trail.name)' is logging", evidence: trailEvidence)
                : result(
                    .trailLogging, .fail, resource, "organization trail '\(trail.name)' exists but is not logging",
                    evidence: trailEvidence, remediation: "start logging on trail '\(trail.name)' (cloudtrail:StartLogging)"))
        results.append(
            result(
                .trailAllRegions, trail.isMultiRegion ? .pass : .fail, resource,
                trail.isMultiRegion
                    ? "organization trail '\(trail.name)' covers every region"
                    : "organization trail '\(trail.name)' records only its home region", evidence: trailEvidence))
        results.append(
            result(
                .trailLogValidation, trail.logFileValidation ? .pass : .fail, resource,
                trail.logFileValidation
                    ? "organization trail '\(trail.name)' validates its log files"
                    : "organization trail '\(trail.name)' does not validate its log files", evidence: trailEvidence))
        results += archive(trail: trail)
        results.append(protectingPolicy())
        results.append(keyDeletion(trail: trail))
        return results
    }

    func archive(trail: AWSSnapshot.Trail?) -> [AuditResult] {
        let checks: [AuditCheck] = [.archiveAccount, .archiveObjectLock, .archiveLifecycle, .archivePublicAccess, .archiveWritePolicy]
        guard let reading = facts.archive else {
            return checks.map { check in
                result(
                    check, .fail, trail?.name ?? "organization",
                    "no organization trail delivers to an archive bucket, so there is no archive to judge",
                    evidence: evidence("cloudtrail"))
            }
        }
        guard case .read(let archive, let read) = reading else {
            guard case .failed(let operation, let reason) = reading else { return [] }
            return checks.map { $0.error(resource: "archive", operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue) }
        }
        let bucket = "arn:aws:s3:::\(archive.bucket)"
        let owner = key(of: archive.accountID)
        let scope = AuditScope.account(owner)
        var results: [AuditResult] = []

        let logArchive = organization.accounts(withRole: .logArchive).filter { $0.id != nil }
        let inArchiveAccount = logArchive.contains { $0.id == archive.accountID }
        if logArchive.isEmpty {
            results.append(
                result(
                    .archiveAccount, .fail, bucket, scope: scope,
                    "bucket '\(archive.bucket)' sits in account '\(owner)', but the organization declares no log-archive account",
                    evidence: read + evidence("cloudtrail")))
        } else {
            results.append(
                result(
                    .archiveAccount, inArchiveAccount ? .pass : .fail, bucket, scope: scope,
                    inArchiveAccount
                        ? "bucket '\(archive.bucket)' sits in the log-archive account '\(owner)'"
                        : "bucket '\(archive.bucket)' sits in account '\(owner)', not in the log-archive account '\(logArchive[0].key)'",
                    evidence: read + evidence("cloudtrail")))
        }

        let required = requiredRetentionDays
        if !archive.lockEnabled {
            results.append(
                result(
                    .archiveObjectLock, .fail, bucket, scope: scope, "bucket '\(archive.bucket)' has no Object Lock",
                    evidence: read,
                    remediation:
                        "Object Lock can only be enabled on a bucket created with it (or through AWS support): create a new archive bucket with Object Lock in COMPLIANCE mode for at least \(required) days and point the trail at it"
                ))
        } else if archive.lockMode != "COMPLIANCE" {
            results.append(
                result(
                    .archiveObjectLock, .fail, bucket, scope: scope,
                    "bucket '\(archive.bucket)' has Object Lock but its default retention mode is '\(archive.lockMode ?? "none")', not COMPLIANCE",
                    evidence: read))
        } else if let days = archive.lockDays, days >= required {
            results.append(
                result(
                    .archiveObjectLock, .pass, bucket, scope: scope,
                    "bucket '\(archive.bucket)' locks objects in COMPLIANCE mode for \(days) days (at least \(required) required)",
                    evidence: read))
        } else {
            results.append(
                result(
                    .archiveObjectLock, .fail, bucket, scope: scope,
                    "bucket '\(archive.bucket)' locks objects for \(archive.lockDays ?? 0) days, shorter than the \(required) days required",
                    evidence: read))
        }

        let early = archive.expirationDays.filter { $0 < required }.sorted()
        results.append(
            early.isEmpty
                ? result(.archiveLifecycle, .pass, bucket, scope: scope, "no lifecycle rule of '\(archive.bucket)' expires logs before \(required) days", evidence: read)
                : result(
                    .archiveLifecycle, .fail, bucket, scope: scope,
                    "a lifecycle rule of '\(archive.bucket)' expires objects after \(early[0]) days, before the \(required) days required",
                    evidence: read))

        let blocked = archive.publicAccessBlock?.allSatisfy { $0 } ?? false
        results.append(
            result(
                .archivePublicAccess, blocked ? .pass : .fail, bucket, scope: scope,
                blocked
                    ? "all four Block Public Access settings are on for '\(archive.bucket)'"
                    : "Block Public Access is not fully on for '\(archive.bucket)'", evidence: read))

        let writers = Self.writers(ofBucketPolicy: archive.policy)
        let foreign = writers.filter { $0 != "cloudtrail.amazonaws.com" }
        if writers.isEmpty {
            results.append(
                result(
                    .archiveWritePolicy, .fail, bucket, scope: scope,
                    "the policy of '\(archive.bucket)' lets no one write, so CloudTrail cannot deliver (or there is no policy)",
                    evidence: read))
        } else {
            results.append(
                result(
                    .archiveWritePolicy, foreign.isEmpty ? .pass : .fail, bucket, scope: scope,
                    foreign.isEmpty
                        ? "only cloudtrail.amazonaws.com may write to '\(archive.bucket)'"
                        : "the policy of '\(archive.bucket)' also lets \(foreign.map { "'\($0)'" }.joined(separator: ", ")) write",
                    evidence: read))
        }
        return results
    }

    /// Principals allowed `s3:PutObject` by a bucket policy.
    static func writers(ofBucketPolicy policy: String) -> [String] {
        TrustPolicy.grants(policy).filter { grant in
            grant.actions.contains { TrustPolicy.pattern($0, covers: "s3:PutObject") }
        }.flatMap(\.principals).sorted()
    }

    /// The protect-audit-log SCP governs every member account: attached to the root, or on every
    /// account's path (the account itself or a unit above it).
    func protectingPolicy() -> AuditResult {
        let check = AuditCheck.protectSCPAttached
        let read = evidence("organizations", ["ListPolicies", "DescribePolicy", "ListTargetsForPolicy", "ListRoots"])
        let marker = "\"\(GuardrailPolicies.sidPrefix(.protectAuditLog))"
        let protecting = snapshot.policies.filter { $0.type == "SERVICE_CONTROL_POLICY" && $0.content.contains(marker) }
        guard !protecting.isEmpty else {
            return result(check, .fail, "organization", "no service control policy protects the audit log", evidence: read)
        }
        let targets = Set(protecting.flatMap(\.targetIDs))
        if !snapshot.enabledPolicyTypes.contains("SERVICE_CONTROL_POLICY") {
            return result(
                check, .fail, "organization",
                "service control policies are not enabled on the root, so the protect-audit-log policy governs nothing",
                evidence: read)
        }
        let parent = Dictionary(snapshot.units.map { ($0.id, $0.parentID) }, uniquingKeysWith: { first, _ in first })
        let ungoverned = snapshot.accounts.filter { account in
            guard account.status == "ACTIVE", account.id != snapshot.managementAccountID else { return false }
            var node: String? = account.id
            var next: String? = account.parentID
            while let current = node {
                if targets.contains(current) { return false }
                node = next
                next = next.flatMap { parent[$0] }
            }
            return true
        }
        let names = protecting.map(\.name).joined(separator: ", ")
        guard ungoverned.isEmpty else {
            let list = ungoverned.map { "'\(key(of: $0.id))'" }.joined(separator: ", ")
            return result(
                check, .fail, protecting[0].id,
                "the protect-audit-log policy ('\(names)') does not reach \(ungoverned.count) member account\(ungoverned.count == 1 ? "" : "s"): \(list)",
                evidence: read)
        }
        let place = targets.contains(snapshot.rootID) ? "attached to the root" : "attached above every member account"
        return result(check, .pass, protecting[0].id, "the protect-audit-log policy ('\(names)') is \(place)", evidence: read)
    }

    /// Workload principals must not be able to schedule deletion of (or disable) the trail's key.
    func keyDeletion(trail: AWSSnapshot.Trail) -> AuditResult {
        let check = AuditCheck.kmsKeyDeletion
        guard let reading = facts.keyPolicy, let key = trail.kmsKeyID else {
            return result(
                check, .pass, trail.arn ?? trail.name,
                "trail '\(trail.name)' is not encrypted with a KMS key, so no key can be deleted from under it",
                evidence: evidence("cloudtrail"))
        }
        switch reading {
        case .failed(let operation, let reason):
            return check.error(resource: key, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue)
        case .read(let policy, let read):
            let trusted = Set(
                organization.accounts.filter { [.management, .logArchive, .securityTooling].contains($0.role) }.compactMap(\.id))
            let dangerous = ["kms:ScheduleKeyDeletion", "kms:DisableKey"]
            let holders = TrustPolicy.grants(policy).filter { grant in
                grant.actions.contains { action in dangerous.contains { TrustPolicy.pattern(action, covers: $0) } }
            }.flatMap(\.principals).filter { principal in
                if principal == "*" { return true }
                guard let account = AuditFacts.Role.accountID(in: principal) else { return false }
                return !trusted.contains(account)
            }
            guard holders.isEmpty else {
                return result(
                    check, .fail, key,
                    "the key policy lets \(holders.sorted().map { "'\($0)'" }.joined(separator: ", ")) schedule deletion of or disable the trail's key",
                    evidence: read)
            }
            return result(
                check, .pass, key, "only the management, log-archive and security accounts may delete or disable the trail's key",
                evidence: read)
        }
    }

    // MARK: - Shadow access

    func shadowAccess() -> [AuditResult] {
        var results: [AuditResult] = []
        for account in facts.accounts.sorted(by: { $0.key < $1.key }) {
            let scope = AuditScope.account(account.key)
            let arn = "arn:aws:iam::\(account.id):root"
            switch account.users {
            case .failed(let operation, let reason):
                results.append(AuditCheck.shadowIAMUsers.error(resource: account.id, scope: scope, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue))
            case .read(let users, let read):
                let shadow = users.filter { $0.hasConsolePassword || !$0.activeAccessKeys.isEmpty }
                if shadow.isEmpty {
                    results.append(result(.shadowIAMUsers, .pass, account.id, scope: scope, "account '\(account.key)' has no IAM user with a password or an active access key", evidence: read))
                }
                for user in shadow {
                    var means: [String] = []
                    if user.hasConsolePassword { means.append("a console password") }
                    if !user.activeAccessKeys.isEmpty {
                        means.append("\(user.activeAccessKeys.count) active access key\(user.activeAccessKeys.count == 1 ? "" : "s")")
                    }
                    results.append(
                        result(
                            .shadowIAMUsers, .fail, user.arn, scope: scope,
                            "IAM user '\(user.name)' in account '\(account.key)' has \(means.joined(separator: " and "))",
                            evidence: read))
                }
            }
            switch account.root {
            case .failed(let operation, let reason):
                for check in [AuditCheck.rootAccessKeys, .rootMFA] {
                    results.append(check.error(resource: arn, scope: scope, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue))
                }
            case .read(let root, let read):
                results.append(
                    result(
                        .rootAccessKeys, root.accessKeysPresent ? .fail : .pass, arn, scope: scope,
                        root.accessKeysPresent
                            ? "the root user of '\(account.key)' has an access key" : "the root user of '\(account.key)' has no access key",
                        evidence: read))
                results.append(
                    result(
                        .rootMFA, root.mfaEnabled ? .pass : .fail, arn, scope: scope,
                        root.mfaEnabled ? "the root user of '\(account.key)' has MFA" : "the root user of '\(account.key)' has no MFA",
                        evidence: read))
            }
            switch account.identityProviders {
            case .failed(let operation, let reason):
                results.append(AuditCheck.externalIdentityProviders.error(resource: account.id, scope: scope, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue))
            case .read(let providers, let read):
                let foreign = providers.filter { !Self.isIdentityCenterProvider($0) }
                if foreign.isEmpty {
                    results.append(result(.externalIdentityProviders, .pass, account.id, scope: scope, "account '\(account.key)' trusts no identity provider other than Identity Center", evidence: read))
                }
                for provider in foreign {
                    results.append(
                        result(.externalIdentityProviders, .fail, provider, scope: scope, "account '\(account.key)' trusts identity provider '\(provider)'", evidence: read))
                }
            }
            switch account.identityCenterInstances {
            case .failed(let operation, let reason):
                results.append(AuditCheck.accountIdentityCenter.error(resource: account.id, scope: scope, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue))
            case .read(let instances, let read):
                if instances.isEmpty {
                    results.append(result(.accountIdentityCenter, .pass, account.id, scope: scope, "account '\(account.key)' runs no Identity Center instance of its own", evidence: read))
                }
                for instance in instances {
                    results.append(result(.accountIdentityCenter, .fail, instance, scope: scope, "account '\(account.key)' runs its own Identity Center instance '\(instance)'", evidence: read))
                }
            }
        }
        return results
    }

    /// Identity Center's own SAML providers are named `AWSSSO_<id>_DO_NOT_DELETE`.
    static func isIdentityCenterProvider(_ arn: String) -> Bool {
        let name = arn.split(separator: "/").last.map(String.init) ?? arn
        return name.hasPrefix("AWSSSO_")
    }

    // MARK: - Isolation

    /// Production when the spec says so; without a spec, when a unit on its path is named `Prod…`.
    func isProduction(_ account: Account) -> Bool? {
        if let stage = account.stage { return stage == .production }
        guard account.role == nil || account.role == .workload, let unit = account.unit else { return nil }
        let names = unit.split(separator: "/").map { $0.lowercased() }
        if names.contains(where: { $0.hasPrefix("prod") }) { return true }
        if names.contains(where: { ["nonprod", "non-prod", "nonproduction", "dev", "development", "staging", "test", "sandbox"].contains($0) }) {
            return false
        }
        return nil
    }

    func isolation() -> [AuditResult] {
        var results: [AuditResult] = []
        var production: [String: Bool] = [:]
        for account in organization.accounts {
            if let id = account.id, let value = isProduction(account) { production[id] = value }
        }
        for account in facts.accounts.sorted(by: { $0.key < $1.key }) {
            guard let stage = production[account.id] else { continue }
            let scope = AuditScope.account(account.key)
            switch account.roles {
            case .failed(let operation, let reason):
                results.append(AuditCheck.crossStageTrust.error(resource: account.id, scope: scope, operation: operation, reason: reason, frameworks: frameworks, catalogue: catalogue))
            case .read(let roles, let read):
                var found = false
                for role in roles {
                    let crossing = role.trustedAccounts.filter { other in production[other].map { $0 != stage } ?? false }
                    for other in crossing {
                        found = true
                        let direction = stage ? "production" : "non-production"
                        let otherDirection = stage ? "non-production" : "production"
                        results.append(
                            result(
                                .crossStageTrust, .fail, role.arn, scope: scope,
                                "role '\(role.name)' in \(direction) account '\(account.key)' trusts \(otherDirection) account '\(key(of: other))'",
                                evidence: read))
                    }
                }
                if !found {
                    results.append(result(.crossStageTrust, .pass, account.id, scope: scope, "no role in '\(account.key)' trusts an account of another stage", evidence: read))
                }
            }
        }

        let read = evidence("organizations", ["ListAccountsForParent", "ListOrganizationalUnitsForParent"])
        for account in organization.accounts.sorted(by: { $0.key < $1.key }) where account.stage == .production {
            let scope = AuditScope.account(account.key)
            let unit = account.unit ?? "(root)"
            if productionUnits.isEmpty || productionUnits.contains(unit) {
                results.append(result(.productionUnit, .pass, "accounts.\(account.key)", scope: scope, "production account '\(account.key)' sits in '\(unit)'", evidence: read))
            } else {
                let expected = productionUnits.sorted().joined(separator: "' or '")
                results.append(
                    result(
                        .productionUnit, .fail, "accounts.\(account.key)", scope: scope,
                        "production account '\(account.key)' sits in '\(unit)', outside the production unit '\(expected)'",
                        evidence: read, remediation: "move account '\(account.key)' into '\(expected)'"))
            }
        }
        return results
    }

    // MARK: - Separation

    func separation() -> [AuditResult] {
        let check = AuditCheck.delegatedAdministrator
        let read = evidence("organizations", ["ListDelegatedAdministrators"])
        let security = Set(organization.accounts(withRole: .securityTooling).compactMap(\.id))
        guard !snapshot.delegatedAdministrators.isEmpty else {
            return [result(check, .pass, "organization", "no account is a delegated administrator", evidence: read)]
        }
        return snapshot.delegatedAdministrators.map { admin in
            let name = key(of: admin.accountID)
            if security.contains(admin.accountID) {
                return result(check, .pass, admin.accountID, scope: .account(name), "delegated administrator '\(name)' is the security-tooling account", evidence: read)
            }
            let why = security.isEmpty ? "and no security-tooling account is declared" : "which is not the security-tooling account"
            return result(check, .fail, admin.accountID, scope: .account(name), "account '\(name)' is a delegated administrator, \(why)", evidence: read)
        }
    }
}
