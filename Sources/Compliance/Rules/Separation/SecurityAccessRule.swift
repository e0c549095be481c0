import OrgModel

/// Only the audit-log readers' groups are granted access to the log-archive and security-tooling
/// accounts.
public struct SecurityAccessRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.security-access",
        requirement: .separation,
        severity: .high,
        title: "Only the audit-log readers reach the security accounts",
        rationale: """
            Whoever can enter the log archive or the security tooling can read, and possibly tamper \
            with, the evidence of everyone's actions. That must be the security team alone: the groups \
            named in 'audit-log.readers'.
            """,
        remediation:
            "remove grants on log-archive and security-tooling accounts except to the groups in 'audit-log.readers'"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.identity.access.enumerated().compactMap { index, grant in
            guard !context.grantReach[index].isDisjoint(with: .security) else { return nil }
            if let group = grant.group, context.readerGroups.contains(group) { return nil }
            let reached = context.accounts(reachedBy: grant).filter {
                $0.role == .logArchive || $0.role == .securityTooling
            }
            let names = reached.map { "'\($0.key)'" }.joined(separator: ", ")
            return context.finding(
                metadata,
                resource: SpecPath.grant(index),
                message:
                    "\(context.principalDescription(of: grant)) is granted '\(grant.profile)' on security account\(reached.count == 1 ? "" : "s") \(names) but is not an audit-log reader",
                remediation: grant.group.map {
                    "remove this grant, or add '\($0)' to 'audit-log.readers' if it is the security team"
                } ?? metadata.remediation
            )
        }
    }
}
