import OrgModel

/// Real user data lives only in production accounts.
public struct UserDataOutsideProductionRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "isolation.user-data-outside-production",
        requirement: .isolation,
        severity: .critical,
        title: "User data lives only in production accounts",
        rationale: """
            Non-production accounts are deliberately more open to engineers. Real user data there is \
            reachable by everyone with development access and pulls those accounts into the audit scope.
            """,
        remediation: "keep real user data in production; use synthetic or masked data in other stages"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.accounts.compactMap { account in
            guard account.userData, !(account.isWorkload && account.isProduction) else { return nil }
            let kind =
                account.role.map { "\($0.rawValue) account" } ?? "\(account.stage?.rawValue ?? "unstaged") account"
            return context.finding(
                metadata,
                resource: SpecPath.account(account.key),
                at: SpecPath.account(account.key, "user-data"),
                message: "\(kind) '\(account.key)' holds user data; only production accounts may",
                remediation: "set 'user-data: false' on '\(account.key)' and move the real data to a production account"
            )
        }
    }
}
