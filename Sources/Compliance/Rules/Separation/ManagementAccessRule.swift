import OrgModel

/// Engineers get nothing in the management account.
///
/// An *engineer* here is any group (or person granted directly) that is granted access to a
/// workload account, whatever the profile: the people who operate the product. The management
/// account may be granted only to groups with no workload access (those who run billing and
/// access management) and to the audit-log readers (the security team, who review every account).
public struct ManagementAccessRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.management-access",
        requirement: .separation,
        severity: .high,
        title: "The management account grants engineers nothing",
        rationale: """
            The management account controls every account, guardrail and permission. Granting it to \
            the groups that operate workloads lets one set of people change production and the rules \
            that constrain production.
            """,
        remediation:
            "grant the management account only to a dedicated group without workload access (e.g. 'org-admins')"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let access = context.organization.identity.access
        // Stage 1: the principals that reach any workload account.
        var engineers = Set<String>()
        for (index, grant) in access.enumerated() where !context.grantReach[index].isDisjoint(with: .workload) {
            engineers.insert(Self.principal(grant))
        }
        // Stage 2: their grants on the management account, readers excepted.
        return access.enumerated().compactMap { index, grant in
            guard context.grantReach[index].contains(.management), engineers.contains(Self.principal(grant)) else {
                return nil
            }
            if let group = grant.group, context.readerGroups.contains(group) { return nil }
            return context.finding(
                metadata,
                resource: SpecPath.grant(index),
                message:
                    "\(context.principalDescription(of: grant)) operates workload accounts and is also granted '\(grant.profile)' on the management account"
            )
        }
    }

    private static func principal(_ grant: AccessGrant) -> String {
        if let group = grant.group { return "group:\(group)" }
        return "person:\(grant.person ?? "")"
    }
}
