import OrgModel

/// The organization has a log-archive account and a security-tooling account.
public struct SecurityAccountsRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.security-accounts",
        requirement: .separation,
        severity: .high,
        title: "Log-archive and security-tooling accounts exist",
        rationale: """
            Audit logs and security automation belong in accounts of their own, so that nobody who \
            runs production or manages the organization can alter the evidence or the tools that watch them.
            """,
        remediation:
            "declare an account with 'role: log-archive' and one with 'role: security-tooling', in a 'Security' unit"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let missing: [(AccountRole, String)] = [
            (.logArchive, "where audit logs are archived"),
            (.securityTooling, "where security tooling and investigations run"),
        ]
        return missing.compactMap { role, purpose in
            guard !context.organization.accounts.contains(where: { $0.role == role }) else { return nil }
            return context.finding(
                metadata,
                resource: SpecPath.accounts,
                message: "no account has role '\(role.rawValue)' (\(purpose))",
                remediation: "declare an account with 'role: \(role.rawValue)' in a unit of its own, e.g. 'Security'"
            )
        }
    }
}
