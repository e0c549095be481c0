import OrgModel

/// Log-archive and security-tooling accounts sit in a unit of their own, apart from the
/// management account and from workloads.
public struct SecurityUnitRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "separation.security-unit",
        requirement: .separation,
        severity: .high,
        title: "Security accounts are in a unit of their own",
        rationale: """
            Guardrails attach to units. Security accounts that share a unit (or a parent unit) with \
            workloads, or sit at the root beside the management account, inherit guardrails meant for \
            others and can be changed by whoever administers those.
            """,
        remediation:
            "put log-archive and security-tooling accounts in a unit (e.g. 'Security') that holds nothing else and is not beneath a workload unit"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let others: AccountReach = [.management, .production, .nonProduction]
        return context.organization.accounts.compactMap { account in
            guard account.role == .logArchive || account.role == .securityTooling else { return nil }
            let role = account.role?.rawValue ?? ""
            guard let unit = account.unit else {
                return context.finding(
                    metadata,
                    resource: SpecPath.account(account.key),
                    message:
                        "\(role) account '\(account.key)' sits at the organization root, beside the management account, not in a unit of its own"
                )
            }
            if !context.reach(ofUnit: unit).isDisjoint(with: others) {
                let neighbours = context.accounts(beneath: unit).filter { !AccountReach($0).isDisjoint(with: others) }
                let names =
                    neighbours.prefix(3).map { "'\($0.key)'" }.joined(separator: ", ")
                    + (neighbours.count > 3 ? " and \(neighbours.count - 3) more" : "")
                return context.finding(
                    metadata,
                    resource: SpecPath.account(account.key),
                    at: SpecPath.account(account.key, "unit"),
                    message: "\(role) account '\(account.key)' shares unit '\(unit)' with \(names)"
                )
            }
            for ancestor in RuleContext.selfAndAncestors(of: unit).dropFirst()
            where !context.reach(ofUnit: ancestor).isDisjoint(with: others) {
                return context.finding(
                    metadata,
                    resource: SpecPath.account(account.key),
                    at: SpecPath.account(account.key, "unit"),
                    message:
                        "\(role) account '\(account.key)' is in unit '\(unit)', beneath '\(ancestor)', which also holds workload or management accounts, so guardrails on '\(ancestor)' govern both"
                )
            }
            return nil
        }
    }
}
