import OrgModel

/// No local users (IAM users) or long-lived access keys: every person comes through SSO.
public struct LocalUsersRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "sso.local-users",
        requirement: .sso,
        severity: .high,
        title: "No local users or long-lived keys are declared",
        rationale: """
            A local user lives outside the identity provider: MFA, offboarding and access reviews miss \
            it, and its long-lived access keys keep working after the person has left.
            """,
        remediation:
            "remove local users; give people SSO access through a group, and workloads roles with short-lived credentials"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.identity.localUsers.map { user in
            var kinds: [String] = []
            if user.console { kinds.append("a console password") }
            if user.accessKeys { kinds.append("long-lived access keys") }
            let with = kinds.isEmpty ? "" : " with " + kinds.joined(separator: " and ")
            return context.finding(
                metadata,
                resource: SpecPath.localUser(user.name),
                message: "local user '\(user.name)' in account '\(user.account)'\(with) bypasses single sign-on",
                remediation:
                    "remove local user '\(user.name)' and grant its owner access through an identity-provider group"
            )
        }
    }
}
