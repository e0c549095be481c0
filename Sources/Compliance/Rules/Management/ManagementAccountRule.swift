import OrgModel

/// The organization declares exactly one management account.
public struct ManagementAccountRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "management.account",
        requirement: .management,
        severity: .high,
        title: "Exactly one management account is declared",
        rationale:
            "The management account owns billing, the organization's structure and its guardrails; the spec must say which account that is, and there is only ever one.",
        remediation: "mark exactly one account (conventionally 'management') with 'role: management'"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let managers = context.organization.accounts(withRole: .management)
        guard !managers.isEmpty else {
            return [
                context.finding(
                    metadata,
                    resource: SpecPath.accounts,
                    message: "no account has role 'management'"
                )
            ]
        }
        let first = managers[0].key
        return managers.dropFirst().map { account in
            context.finding(
                metadata,
                resource: SpecPath.account(account.key),
                at: SpecPath.account(account.key, "role"),
                message: "account '\(account.key)' is a second management account beside '\(first)'",
                remediation: "give '\(account.key)' another role; an organization has one management account"
            )
        }
    }
}
