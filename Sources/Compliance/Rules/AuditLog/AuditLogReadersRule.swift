import OrgModel

/// Reading the archive is restricted: readers are named, and none of them administers workloads.
public struct AuditLogReadersRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.readers",
        requirement: .auditLog,
        severity: .high,
        title: "Audit-log readers are restricted",
        rationale: """
            The audit log records what admins did. If nobody is named as a reader, access falls to \
            whoever administers the archive; if the readers also administer workloads, the people \
            being watched hold the record of it.
            """,
        remediation: "name the security team's group in 'audit-log.readers', and no group that administers workload accounts"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let readers = context.organization.auditLog.readers
        guard !readers.isEmpty else {
            return [
                context.finding(
                    metadata,
                    resource: SpecPath.readers,
                    message: "no audit-log readers are declared, so access to the archive is not restricted to a named group"
                )
            ]
        }
        // Groups that hold an admin profile on some workload account.
        var workloadAdmins = Set<String>()
        for (index, grant) in context.organization.identity.access.enumerated() {
            guard let group = grant.group, context.readerGroups.contains(group),
                context.profilesByName[grant.profile]?.isAdmin == true,
                !context.grantReach[index].isDisjoint(with: .workload)
            else { continue }
            workloadAdmins.insert(group)
        }
        var reported = Set<String>()
        return readers.compactMap { group in
            guard workloadAdmins.contains(group), reported.insert(group).inserted else { return nil }
            return context.finding(
                metadata,
                resource: SpecPath.readers,
                message: "audit-log reader group '\(group)' also administers workload accounts, so it can read the record of its own actions",
                remediation: "remove '\(group)' from 'audit-log.readers' or take away its admin grants on workload accounts"
            )
        }
    }
}
