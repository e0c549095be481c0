import OrgModel

/// Reading the archive is restricted: readers are named, and none of them can change workloads.
///
/// "Can change" means holding, on a workload account, a profile that is not read-only; a profile
/// is read-only when each of its policies is an AWS read-only or audit policy (its name contains
/// `ReadOnly` or `ViewOnly`, or is `SecurityAudit`). Admin profiles are never read-only. So a
/// security team that audits workloads with `SecurityAudit` passes, and a group of engineers with
/// `PowerUserAccess` does not.
public struct AuditLogReadersRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.readers",
        requirement: .auditLog,
        severity: .high,
        title: "Audit-log readers are named and cannot change workloads",
        rationale: """
            The audit log records what admins did. If nobody is named as a reader, access falls to \
            whoever administers the archive; if the readers can also change workloads, the people \
            being watched hold the record of it.
            """,
        remediation:
            "name only the security team's group in 'audit-log.readers', with at most read-only access to workload accounts"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let readers = context.organization.auditLog.readers
        guard !readers.isEmpty else {
            return [
                context.finding(
                    metadata,
                    resource: SpecPath.readers,
                    message:
                        "no audit-log readers are declared, so access to the archive is not restricted to a named group"
                )
            ]
        }
        // Reader groups that hold a profile able to change some workload account.
        var writers: [String: String] = [:]
        for (index, grant) in context.organization.identity.access.enumerated() {
            guard let group = grant.group, context.readerGroups.contains(group), writers[group] == nil,
                let profile = context.profilesByName[grant.profile], !Self.isReadOnly(profile),
                !context.grantReach[index].isDisjoint(with: .workload)
            else { continue }
            writers[group] = profile.name
        }
        var reported = Set<String>()
        return readers.enumerated().compactMap { index, group in
            guard let profile = writers[group], reported.insert(group).inserted else { return nil }
            return context.finding(
                metadata,
                resource: SpecPath.readers,
                at: "\(SpecPath.readers)[\(index)]",
                message:
                    "audit-log reader group '\(group)' can also change workload accounts (profile '\(profile)'), so it holds the record of its own actions",
                remediation:
                    "remove '\(group)' from 'audit-log.readers', or give it only read-only profiles on workload accounts"
            )
        }
    }

    /// True when every policy of the profile only reads (see the type's documentation).
    static func isReadOnly(_ profile: PermissionProfile) -> Bool {
        !profile.isAdmin && !profile.policies.isEmpty
            && profile.policies.allSatisfy { policy in
                let name = policy.split(separator: "/").last.map(String.init) ?? policy
                return name.contains("ReadOnly") || name.contains("ViewOnly") || name == "SecurityAudit"
            }
    }
}
