import OrgModel
import Support

/// The example organization, built in Swift: compliant, so every rule passes on it, and
/// each failing test changes one thing.
enum Acme {
    static let file = "acme.yaml"

    static var organization: Organization {
        var sourceMap = SourceMap()
        let lines: [(String, Int, Int)] = [
            ("organization", 2, 1), ("organization.frameworks", 7, 3), ("units", 8, 1),
            ("accounts", 12, 1), ("accounts.management", 13, 3), ("accounts.management.email", 13, 18),
            ("accounts.log-archive", 14, 3), ("accounts.audit", 15, 3),
            ("accounts.prod", 16, 3), ("accounts.staging", 17, 3), ("accounts.staging.unit", 17, 50),
            ("accounts.dev", 18, 3), ("accounts.dev.unit", 18, 46),
            ("people", 19, 1), ("people.alice", 20, 3), ("people.bob", 21, 3), ("people.dave", 22, 3),
            ("identity", 23, 1), ("identity.provider", 24, 13), ("identity.mfa", 25, 8),
            ("identity.access", 36, 3), ("identity.access[0]", 37, 7), ("identity.access[1]", 38, 7),
            ("identity.access[2]", 39, 7), ("identity.access[3]", 40, 7), ("identity.access[4]", 41, 7),
            ("guardrails", 42, 1), ("audit-log", 43, 1), ("audit-log.archive", 44, 12),
            ("audit-log.retention", 45, 14), ("audit-log.immutable", 46, 14), ("audit-log.readers", 47, 12),
            ("audit-log.sources", 48, 12),
        ]
        for (path, line, column) in lines {
            sourceMap.record(path, SourceLocation(file: file, line: line, column: column))
        }
        return Organization(
            settings: OrganizationSettings(
                name: "acme",
                homeRegion: "eu-central-1",
                regions: ["eu-central-1", "eu-west-1"],
                frameworks: [.soc2, .iso27001]
            ),
            units: ["Security", "Workloads", "Workloads/Production", "Workloads/NonProduction"].map(
                OrgUnit.init(path:)),
            accounts: [
                Account(key: "management", email: "aws-management@acme.example", role: .management),
                Account(key: "log-archive", email: "aws-log-archive@acme.example", unit: "Security", role: .logArchive),
                Account(key: "audit", email: "aws-audit@acme.example", unit: "Security", role: .securityTooling),
                Account(
                    key: "prod", email: "aws-prod@acme.example", unit: "Workloads/Production", stage: .production,
                    userData: true),
                Account(
                    key: "staging", email: "aws-staging@acme.example", unit: "Workloads/NonProduction", stage: .staging),
                Account(
                    key: "dev", email: "aws-dev@acme.example", unit: "Workloads/NonProduction", stage: .development),
            ],
            people: [
                Person(key: "alice", email: "alice@acme.example", displayName: "Alice Doe"),
                Person(key: "bob", email: "bob@acme.example"),
                Person(key: "dave", email: "dave@acme.example"),
            ],
            identity: Identity(
                provider: .awsIdentityCenter,
                mfa: .required,
                groups: [
                    Group(name: "platform-admins", members: ["alice"]),
                    Group(name: "engineers", members: ["bob"]),
                    Group(name: "security", members: ["dave"]),
                ],
                profiles: [
                    PermissionProfile(name: "admin", policies: ["AdministratorAccess"], sessionSeconds: 3600),
                    PermissionProfile(name: "developer", policies: ["PowerUserAccess"], sessionSeconds: 28800),
                    PermissionProfile(
                        name: "observer", policies: ["CloudWatchReadOnlyAccess"], sessionSeconds: 14400,
                        dataAccess: .none),
                    PermissionProfile(name: "security-audit", policies: ["SecurityAudit"], sessionSeconds: 14400),
                ],
                access: [
                    AccessGrant(group: "engineers", profile: "developer", accounts: ["dev", "staging"]),
                    AccessGrant(group: "engineers", profile: "observer", accounts: ["prod"]),
                    AccessGrant(group: "platform-admins", profile: "admin", accounts: ["prod", "staging", "dev"]),
                    AccessGrant(group: "security", profile: "security-audit", units: ["Workloads"]),
                    AccessGrant(group: "security", profile: "admin", accounts: ["log-archive", "audit"]),
                ]
            ),
            guardrails: [.protectAuditLog, .denyLeaveOrganization, .denyRootUser, .restrictRegions, .denyLocalUsers],
            auditLog: AuditLogPolicy(
                archive: "log-archive",
                retention: RetentionPeriod(7, .years),
                immutable: true,
                readers: ["security"],
                sources: [
                    .awsCloudTrail, .identityCenter, .github(organization: "acme"), .okta(domain: "acme.okta.com"),
                ]
            ),
            sourceMap: sourceMap
        )
    }

    /// Acme with one change.
    static func with(_ change: (inout Organization) -> Void) -> Organization {
        var organization = organization
        change(&organization)
        return organization
    }
}

extension Organization {
    mutating func updateAccount(_ key: String, _ change: (inout Account) -> Void) {
        guard let index = accounts.firstIndex(where: { $0.key == key }) else { return }
        change(&accounts[index])
    }
}
