import Compliance
import Foundation
import OrgModel

/// A hand-built audit of a small organization with every status present: the sample every
/// audit renderer test (and `Benchmarks/audit-report`) draws.
enum SampleAudit {
    static let time = Date(timeIntervalSince1970: 1_800_000_000)
    static let caller = CallerIdentity(
        account: "111111111111", principal: "arn:aws:sts::111111111111:assumed-role/GroundworkAudit/alice",
        userID: "AROAEXAMPLE:alice")

    static var organization: Organization {
        Organization(
            settings: OrganizationSettings(
                name: "acme", homeRegion: "eu-central-1", regions: ["eu-central-1"],
                frameworks: [.soc2, .iso27001, .pciDSS]),
            units: ["Security", "Workloads", "Workloads/Production", "Workloads/NonProduction"].map(
                OrgUnit.init(path:)),
            accounts: [
                Account(key: "management", email: "aws@acme.example", role: .management, id: "111111111111"),
                Account(
                    key: "log-archive", email: "log@acme.example", unit: "Security", role: .logArchive,
                    id: "222222222222"),
                Account(
                    key: "audit", email: "audit@acme.example", unit: "Security", role: .securityTooling,
                    id: "333333333333"),
                Account(
                    key: "prod", email: "prod@acme.example", unit: "Workloads/Production", stage: .production,
                    userData: true,
                    id: "444444444444"),
                Account(
                    key: "prod-eu", email: "prod-eu@acme.example", unit: "Workloads/Production", stage: .production,
                    id: "555555555555"),
                Account(
                    key: "staging", email: "stg@acme.example", unit: "Workloads/NonProduction", stage: .staging,
                    id: "666666666666"),
                Account(
                    key: "dev", email: "dev@acme.example", unit: "Workloads/NonProduction", stage: .development,
                    id: "777777777777"),
            ],
            people: [
                Person(key: "alice", email: "alice@acme.example", displayName: "Alice Doe"),
                Person(key: "bob", email: "bob@acme.example"),
                Person(key: "dave", email: "dave@acme.example", displayName: "Dave <Sec> & Co"),
            ],
            identity: Identity(
                provider: .awsIdentityCenter, mfa: .required,
                groups: [
                    Group(name: "platform-admins", members: ["alice"]),
                    Group(name: "engineers", members: ["bob"]),
                    Group(name: "security", members: ["dave"]),
                ],
                profiles: [
                    PermissionProfile(name: "admin", policies: ["AdministratorAccess"]),
                    PermissionProfile(name: "developer", policies: ["PowerUserAccess"]),
                    PermissionProfile(name: "observer", policies: ["ReadOnlyAccess"], dataAccess: .none),
                ],
                access: [
                    AccessGrant(
                        group: "platform-admins", profile: "admin", accounts: ["management", "audit"],
                        units: ["Workloads"]),
                    AccessGrant(group: "engineers", profile: "developer", units: ["Workloads/NonProduction"]),
                    AccessGrant(group: "engineers", profile: "observer", units: ["Workloads/Production"]),
                    AccessGrant(group: "security", profile: "admin", accounts: ["log-archive", "audit"]),
                ]
            ),
            guardrails: [.protectAuditLog, .denyLeaveOrganization],
            auditLog: AuditLogPolicy(
                archive: "log-archive", retention: RetentionPeriod(7, .years), immutable: true, readers: ["security"],
                sources: [.awsCloudTrail], breakGlassRole: "BreakGlass")
        )
    }

    static let trailEvidence = "cloudtrail.DescribeTrails.111111111111.eu-central-1.json"

    static var results: [AuditResult] {
        let frameworks = organization.settings.frameworks
        return [
            AuditCheck.trailLogging.result(
                .pass, resource: "arn:aws:cloudtrail:eu-central-1:111111111111:trail/organization",
                message: "trail 'organization' is logging", evidence: [trailEvidence], frameworks: frameworks),
            AuditCheck.archiveObjectLock.result(
                .fail, resource: "arn:aws:s3:::acme-audit-log", scope: .account("log-archive"),
                message:
                    "bucket 'acme-audit-log' has Object Lock in GOVERNANCE mode for 90 days; 7y in COMPLIANCE mode is required",
                evidence: ["s3.GetObjectLockConfiguration.222222222222.eu-central-1.xml"], frameworks: frameworks),
            AuditCheck.shadowIAMUsers.result(
                .fail, resource: "arn:aws:iam::444444444444:user/ci-deploy", scope: .account("prod"),
                message: "IAM user 'ci-deploy' in 'prod' has an active access key (AKIA…7QXZ)",
                evidence: ["iam.ListUsers.444444444444.us-east-1.json"], frameworks: frameworks),
            AuditCheck.crossStageTrust.result(
                .fail, resource: "arn:aws:iam::444444444444:role/deploy", scope: .account("prod"),
                message:
                    "role 'deploy' in production account 'prod' trusts non-production account 'dev' (777777777777)",
                evidence: ["iam.GetRole.444444444444.us-east-1.deploy.json"], frameworks: frameworks),
            AuditCheck.rootMFA.error(
                resource: "777777777777", scope: .account("dev"), operation: "iam:GetAccountSummary",
                reason: "AccessDenied: not authorized to perform iam:GetAccountSummary", frameworks: frameworks),
            AuditCheck.identityCenterMFA.manual(
                resource: "arn:aws:sso:::instance/ssoins-1234", scope: .account("management"), frameworks: frameworks),
            AuditCheck.rootMFA.result(
                .pass, resource: "333333333333", scope: .account("audit"), message: "root user has MFA",
                evidence: ["iam.GetAccountSummary.333333333333.us-east-1.json"], frameworks: frameworks),
            AuditCheck.protectSCPAttached.result(
                .pass, resource: "r-abcd", message: "protect-audit-log is attached to the root", frameworks: frameworks),
        ] + RuleAudit().results(on: organization, evidence: ["organizations.ListAccounts.111111111111.us-east-1.json"])
    }

    static var disablers: [LoggingDisabler] {
        LoggingControl.disablers(
            LoggingControl.input(from: organization, breakGlassAssumers: [LoggingPrincipal(.person, "dave")]))
    }

    static func report(results: [AuditResult] = results, fingerprint: String? = nil) -> AuditReport {
        AuditReport(
            snapshot: organization, managementAccount: "management (111111111111)", caller: caller,
            toolVersion: "0.1.0",
            time: time, checks: AuditCheck.all(), results: results, loggingDisablers: disablers,
            evidenceKeyFingerprint: fingerprint)
    }
}
