import AWS
@testable import AWSOrganization
import Compliance
import Foundation
import OrgModel
import Testing

/// The live-only checks on hand-made facts: each verdict, and ERROR (never FAIL) when a call failed.
struct AuditChecksTests {
    static let management = "111111111111"
    static let archive = "222222222222"
    static let prod = "333333333333"
    static let dev = "444444444444"

    static func snapshot(protectTargets: [String] = ["r-root"], trailLogging: Bool = true) -> AWSSnapshot {
        let accounts = [
            AWSSnapshot.LiveAccount(id: management, name: "management", email: "m@x", status: "ACTIVE", parentID: "r-root", unitPath: nil),
            AWSSnapshot.LiveAccount(id: archive, name: "log-archive", email: "a@x", status: "ACTIVE", parentID: "ou-sec", unitPath: "Security"),
            AWSSnapshot.LiveAccount(id: prod, name: "prod", email: "p@x", status: "ACTIVE", parentID: "ou-prod", unitPath: "Workloads/Production"),
            AWSSnapshot.LiveAccount(id: dev, name: "dev", email: "d@x", status: "ACTIVE", parentID: "ou-dev", unitPath: "Workloads/NonProduction"),
        ]
        let units = [
            AWSSnapshot.Unit(id: "ou-sec", name: "Security", path: "Security", parentID: "r-root"),
            AWSSnapshot.Unit(id: "ou-wl", name: "Workloads", path: "Workloads", parentID: "r-root"),
            AWSSnapshot.Unit(id: "ou-prod", name: "Production", path: "Workloads/Production", parentID: "ou-wl"),
            AWSSnapshot.Unit(id: "ou-dev", name: "NonProduction", path: "Workloads/NonProduction", parentID: "ou-wl"),
        ]
        let protect = AWSSnapshot.LivePolicy(
            id: "p-1", name: "groundwork-guardrails-1", type: "SERVICE_CONTROL_POLICY", description: "", awsManaged: false,
            content: #"{"Statement":[{"Sid":"\#(GuardrailPolicies.sidPrefix(.protectAuditLog))Trail","Effect":"Deny"}]}"#,
            targetIDs: protectTargets)
        let trail = AWSSnapshot.Trail(
            name: "org-trail", arn: "arn:aws:cloudtrail:eu-central-1:\(management):trail/org-trail", homeRegion: "eu-central-1",
            bucketName: "acme-audit-log", isMultiRegion: true, logFileValidation: true, isOrganizationTrail: true,
            includeGlobalServiceEvents: true, isLogging: trailLogging, kmsKeyID: nil)
        return AWSSnapshot(
            organization: Organization(settings: OrganizationSettings(name: "acme", homeRegion: "eu-central-1")),
            organizationID: "o-1", managementAccountID: management, managementAccountEmail: nil, rootID: "r-root",
            enabledPolicyTypes: ["SERVICE_CONTROL_POLICY"], units: units, accounts: accounts, policies: [protect],
            delegatedAdministrators: [], trustedServices: [], identityCenter: nil, trails: [trail], archiveBucket: nil)
    }

    static var organization: Organization {
        var organization = Organization(settings: OrganizationSettings(name: "acme", homeRegion: "eu-central-1"))
        organization.accounts = [
            Account(key: "management", email: "m@x", unit: nil, role: .management, id: management),
            Account(key: "log-archive", email: "a@x", unit: "Security", role: .logArchive, id: archive),
            Account(key: "prod", email: "p@x", unit: "Workloads/Production", stage: .production, id: prod),
            Account(key: "dev", email: "d@x", unit: "Workloads/NonProduction", stage: .development, id: dev),
        ]
        return organization
    }

    static func account(
        _ id: String, _ key: String, users: [AuditFacts.IAMUser] = [], roles: [AuditFacts.Role] = [],
        root: AuditFacts.Reading<AuditFacts.RootUser> = .read(.init(accessKeysPresent: false, mfaEnabled: true), evidence: ["e-root"])
    ) -> AuditFacts.Account {
        AuditFacts.Account(
            id: id, key: key, users: .read(users, evidence: ["e-users"]), root: root,
            identityProviders: .read([], evidence: ["e-idp"]), roles: .read(roles, evidence: ["e-roles"]),
            identityCenterInstances: .read([], evidence: ["e-idc"]))
    }

    static let lockedArchive = AuditFacts.Archive(
        bucket: "acme-audit-log", accountID: archive, lockMode: "COMPLIANCE", lockDays: 2557, lockEnabled: true,
        expirationDays: [], publicAccessBlock: [true, true, true, true],
        policy: #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject"}]}"#,
        evidence: ["e-bucket"])

    static func checks(
        snapshot: AWSSnapshot = snapshot(), accounts: [AuditFacts.Account]? = nil,
        archive: AuditFacts.Reading<AuditFacts.Archive>? = .read(lockedArchive, evidence: ["e-bucket"])
    ) -> [AuditResult] {
        let facts = AuditFacts(
            accounts: accounts ?? [account(Self.management, "management"), account(Self.archive, "log-archive"), account(Self.prod, "prod"), account(Self.dev, "dev")],
            archive: archive, keyPolicy: nil)
        return LiveAuditChecks(
            snapshot: snapshot, organization: organization, facts: facts, snapshotEvidence: ["cloudtrail.DescribeTrails.x.json"],
            requiredRetentionDays: 2557, productionUnits: ["Workloads/Production"]
        ).results()
    }

    static func statuses(_ results: [AuditResult], _ id: String) -> [CheckStatus] {
        results.filter { $0.checkID == id }.map(\.status)
    }

    @Test func aCompliantOrganizationPassesEveryLiveCheck() {
        let results = Self.checks()
        #expect(results.allSatisfy { $0.status == .pass }, "\(results.filter { $0.status != .pass }.map(\.message))")
        #expect(Self.statuses(results, "audit-log.trail-logging") == [.pass])
        #expect(results.first { $0.checkID == "audit-log.archive-object-lock" }?.evidence == ["e-bucket"])
    }

    @Test func aStoppedTrailFails() {
        let results = Self.checks(snapshot: Self.snapshot(trailLogging: false))
        #expect(Self.statuses(results, "audit-log.trail-logging") == [.fail])
    }

    @Test func theProtectingPolicyOnOneUnitLeavesTheOthersUngoverned() throws {
        let results = Self.checks(snapshot: Self.snapshot(protectTargets: ["ou-prod"]))
        let result = try #require(results.first { $0.checkID == "audit-log.protect-scp-attached" })
        #expect(result.status == .fail)
        #expect(result.message.contains("'log-archive'") && result.message.contains("'dev'") && !result.message.contains("'prod'"))
        let everyPath = Self.checks(snapshot: Self.snapshot(protectTargets: ["ou-sec", "ou-wl"]))
        #expect(Self.statuses(everyPath, "audit-log.protect-scp-attached") == [.pass])
    }

    @Test(arguments: [
        (AuditFacts.Archive?.none, "no Object Lock"),
        (AuditFacts.Archive?.some(.init(
            bucket: "b", accountID: archive, lockMode: "GOVERNANCE", lockDays: 3000, lockEnabled: true, expirationDays: [],
            publicAccessBlock: [true, true, true, true], policy: "", evidence: [])), "not COMPLIANCE"),
        (AuditFacts.Archive?.some(.init(
            bucket: "b", accountID: archive, lockMode: "COMPLIANCE", lockDays: 365, lockEnabled: true, expirationDays: [],
            publicAccessBlock: [true, true, true, true], policy: "", evidence: [])), "shorter than"),
    ])
    func objectLockFailsWhenOffGovernanceOrShort(archive: AuditFacts.Archive?, expected: String) throws {
        let unlocked = AuditFacts.Archive(
            bucket: "b", accountID: Self.archive, lockMode: nil, lockDays: nil, lockEnabled: false, expirationDays: [],
            publicAccessBlock: nil, policy: "", evidence: [])
        let results = Self.checks(archive: .read(archive ?? unlocked, evidence: []))
        let result = try #require(results.first { $0.checkID == "audit-log.archive-object-lock" })
        #expect(result.status == .fail)
        #expect(result.message.contains(expected), "\(result.message)")
    }

    @Test func anEarlyLifecycleAPublicBucketAndAForeignWriterFail() {
        var archive = Self.lockedArchive
        archive.expirationDays = [90]
        archive.publicAccessBlock = [true, false, true, true]
        archive.policy = #"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444444444444:root"},"Action":"s3:*"}]}"#
        let results = Self.checks(archive: .read(archive, evidence: []))
        #expect(Self.statuses(results, "audit-log.archive-lifecycle") == [.fail])
        #expect(Self.statuses(results, "audit-log.archive-public-access") == [.fail])
        #expect(Self.statuses(results, "audit-log.archive-write-policy") == [.fail])
    }

    @Test func aBucketOutsideTheLogArchiveAccountFails() {
        var archive = Self.lockedArchive
        archive.accountID = Self.prod
        #expect(Self.statuses(Self.checks(archive: .read(archive, evidence: [])), "audit-log.archive-account") == [.fail])
    }

    @Test func shadowUsersAndRootKeysFailPerAccount() throws {
        let accounts = [
            Self.account(Self.management, "management"),
            Self.account(Self.archive, "log-archive"),
            Self.account(
                Self.prod, "prod",
                users: [
                    .init(name: "ci", arn: "arn:aws:iam::\(Self.prod):user/ci", hasConsolePassword: false, activeAccessKeys: ["AKIA1"]),
                    .init(name: "quiet", arn: "arn:aws:iam::\(Self.prod):user/quiet", hasConsolePassword: false, activeAccessKeys: []),
                ],
                root: .read(.init(accessKeysPresent: true, mfaEnabled: false), evidence: ["e"])),
            Self.account(Self.dev, "dev"),
        ]
        let results = Self.checks(accounts: accounts)
        let shadow = results.filter { $0.checkID == "sso.shadow-iam-users" && $0.status == .fail }
        #expect(shadow.map(\.resource) == ["arn:aws:iam::\(Self.prod):user/ci"])
        #expect(shadow.first?.scope == .account("prod"))
        #expect(results.contains { $0.checkID == "sso.root-access-keys" && $0.status == .fail && $0.scope == .account("prod") })
        #expect(results.contains { $0.checkID == "sso.root-mfa" && $0.status == .fail && $0.scope == .account("prod") })
    }

    @Test func aDeniedCallIsAnErrorNamingTheActionNeverAFail() throws {
        var denied = Self.account(Self.prod, "prod")
        denied.users = .failed(operation: "iam:ListUsers", reason: "AccessDenied: not authorized")
        denied.root = .failed(operation: "iam:GetAccountSummary", reason: "AccessDenied: not authorized")
        let results = Self.checks(accounts: [Self.account(Self.management, "management"), denied])
        let users = try #require(results.first { $0.checkID == "sso.shadow-iam-users" && $0.scope == .account("prod") })
        #expect(users.status == .error)
        #expect(users.message.contains("iam:ListUsers"))
        #expect(!results.contains { $0.scope == .account("prod") && $0.status == .fail })
        let archive = Self.checks(archive: .failed(operation: "s3:GetObjectLockConfiguration", reason: "AccessDenied"))
        #expect(Self.statuses(archive, "audit-log.archive-object-lock") == [.error])
    }

    @Test func aProductionRoleTrustingDevelopmentFailsAndTheReverseToo() {
        let trustDev = AuditFacts.Role(
            name: "from-dev", arn: "arn:aws:iam::\(Self.prod):role/from-dev", trustedPrincipals: ["arn:aws:iam::\(Self.dev):root"])
        let trustProd = AuditFacts.Role(name: "from-prod", arn: "arn:aws:iam::\(Self.dev):role/from-prod", trustedPrincipals: [Self.prod])
        let trustSelf = AuditFacts.Role(
            name: "own", arn: "arn:aws:iam::\(Self.prod):role/own", trustedPrincipals: ["arn:aws:iam::\(Self.management):root"])
        let results = Self.checks(accounts: [
            Self.account(Self.management, "management"), Self.account(Self.prod, "prod", roles: [trustDev, trustSelf]),
            Self.account(Self.dev, "dev", roles: [trustProd]),
        ])
        let failing = results.filter { $0.checkID == "isolation.cross-stage-trust" && $0.status == .fail }.map(\.resource).sorted()
        #expect(failing == [trustProd.arn, trustDev.arn].sorted())
    }

    @Test func trustPoliciesAreReadURLEncodedAndPatternsMatchWildcards() {
        let encoded = "%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%5B%22arn%3Aaws%3Aiam%3A%3A444444444444%3Aroot%22%5D%7D%7D%5D%7D"
        #expect(TrustPolicy.principals(encoded) == ["arn:aws:iam::444444444444:root"])
        #expect(AuditFacts.Role(name: "r", arn: "a", trustedPrincipals: TrustPolicy.principals(encoded)).trustedAccounts == ["444444444444"])
        #expect(TrustPolicy.pattern("kms:*", covers: "kms:ScheduleKeyDeletion"))
        #expect(TrustPolicy.pattern("*", covers: "s3:PutObject"))
        #expect(!TrustPolicy.pattern("s3:Get*", covers: "s3:PutObject"))
        #expect(LiveAuditChecks.isIdentityCenterProvider("arn:aws:iam::1:saml-provider/AWSSSO_abc_DO_NOT_DELETE"))
        #expect(!LiveAuditChecks.isIdentityCenterProvider("arn:aws:iam::1:saml-provider/okta"))
    }
}
