import OrgModel

/// Everyone signs in through one identity provider.
public struct IdentityProviderRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "sso.identity-provider",
        requirement: .sso,
        severity: .high,
        title: "An identity provider is set",
        rationale: """
            Single sign-on is what lets one person be created, given access and removed in one place, \
            MFA be enforced once, and access evidence come from one system.
            """,
        remediation: "set 'identity.provider' (aws-identity-center, okta, entra-id or google)"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        guard context.organization.identity.provider == nil else { return [] }
        return [
            context.finding(
                metadata,
                resource: SpecPath.identityProvider,
                message: "no identity provider is declared, so people cannot sign in through single sign-on"
            )
        ]
    }
}
