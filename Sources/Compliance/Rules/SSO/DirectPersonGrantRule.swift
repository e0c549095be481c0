import OrgModel

/// Access goes to groups, never to a person directly.
public struct DirectPersonGrantRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "sso.direct-person-grant",
        requirement: .sso,
        severity: .medium,
        title: "Access goes to groups, not to people directly",
        rationale: """
            Access tied to a role survives people joining and leaving: grants to groups are reviewed \
            once per role, and offboarding is removing someone from groups. A direct grant is easy \
            to forget in both.
            """,
        remediation: "grant the profile to a group and add the person to that group"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.identity.access.enumerated().compactMap { index, grant in
            guard let person = grant.person else { return nil }
            return context.finding(
                metadata,
                resource: SpecPath.grant(index),
                message: "profile '\(grant.profile)' is granted to person '\(person)' directly instead of to a group",
                remediation:
                    "create a group for the role '\(person)' holds, add '\(person)' to it, and grant '\(grant.profile)' to that group"
            )
        }
    }
}
