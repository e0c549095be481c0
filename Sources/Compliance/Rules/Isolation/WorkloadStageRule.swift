import OrgModel

/// Every workload account declares exactly one stage, and accounts with a duty (management,
/// log archive, security tooling) declare none.
public struct WorkloadStageRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "isolation.workload-stage",
        requirement: .isolation,
        severity: .medium,
        title: "Every workload account has exactly one stage",
        rationale: """
            Isolation is decided per stage: an account without a stage cannot be placed on either side \
            of the production boundary, and an account that is both a workload and a management or \
            security account mixes duties that must stay apart.
            """,
        remediation: "give each workload account one 'stage' (production, staging, development, testing or sandbox)"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.accounts.compactMap { account in
            if account.isWorkload, account.stage == nil {
                return context.finding(
                    metadata,
                    resource: SpecPath.account(account.key),
                    message:
                        "workload account '\(account.key)' declares no stage, so it is on neither side of the production boundary"
                )
            }
            if let role = account.role, role != .workload, let stage = account.stage {
                return context.finding(
                    metadata,
                    resource: SpecPath.account(account.key),
                    at: SpecPath.account(account.key, "stage"),
                    message: "account '\(account.key)' has role '\(role.rawValue)' and also stage '\(stage.rawValue)'",
                    remediation: "remove 'stage' from '\(account.key)' and run that workload in an account of its own"
                )
            }
            return nil
        }
    }
}
