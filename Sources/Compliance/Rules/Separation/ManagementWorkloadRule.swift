import OrgModel

/// The management account runs nothing but the organization itself.
public struct ManagementWorkloadRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.management-workload",
        requirement: .separation,
        severity: .high,
        title: "The management account hosts no workload",
        rationale: """
            Guardrails (SCPs) never apply to the management account, and whoever operates a workload \
            there works next to the keys of the whole organization.
            """,
        remediation:
            "run workloads and keep user data in member accounts; leave the management account to billing and access management"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        context.organization.accounts(withRole: .management).flatMap { account -> [Finding] in
            var findings: [Finding] = []
            if let stage = account.stage {
                findings.append(
                    context.finding(
                        metadata,
                        resource: SpecPath.account(account.key),
                        at: SpecPath.account(account.key, "stage"),
                        message:
                            "management account '\(account.key)' declares stage '\(stage.rawValue)', so it hosts a workload"
                    ))
            }
            if account.userData {
                findings.append(
                    context.finding(
                        metadata,
                        resource: SpecPath.account(account.key),
                        at: SpecPath.account(account.key, "user-data"),
                        message: "management account '\(account.key)' holds user data"
                    ))
            }
            return findings
        }
    }
}
