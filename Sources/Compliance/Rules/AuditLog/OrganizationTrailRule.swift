import OrgModel

/// An organization-wide trail (every account, every region) lands in the log-archive account.
public struct OrganizationTrailRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.organization-trail",
        requirement: .auditLog,
        severity: .critical,
        title: "An organization-wide trail lands in the log-archive account",
        rationale: """
            Investigations start from one place that holds every account's and every region's audit \
            log. A trail per account can be switched off by that account's admins, and logs kept \
            anywhere but the archive are within reach of the people they record.
            """,
        remediation:
            "add 'aws-cloudtrail' to 'audit-log.sources' and set 'audit-log.archive' to the log-archive account"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let policy = context.organization.auditLog
        var findings: [Finding] = []
        if !policy.sources.contains(.awsCloudTrail) {
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.sources,
                    message:
                        "no organization-wide trail is declared; 'audit-log.sources' must include 'aws-cloudtrail' so every account and region is logged",
                    remediation: "add 'aws-cloudtrail' to 'audit-log.sources'"
                ))
        }
        guard let archive = policy.archive else {
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.archive,
                    message: "no archive account is declared for the audit log",
                    remediation: "set 'audit-log.archive' to the account with 'role: log-archive'"
                ))
            return findings
        }
        let role = context.accountsByKey[archive]?.role
        if role != .logArchive {
            let actual =
                context.accountsByKey[archive] == nil
                ? "is not a declared account" : "has role '\(role?.rawValue ?? "workload")'"
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.archive,
                    message: "audit logs land in '\(archive)', which \(actual), not in the log-archive account",
                    remediation: "set 'audit-log.archive' to the account with 'role: log-archive'"
                ))
        }
        return findings
    }
}
