import OrgModel

/// Production and non-production accounts never sit in the same unit, so that guardrails
/// (SCPs) can lock production down without getting in engineers' way elsewhere.
public struct SharedUnitRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "isolation.shared-unit",
        requirement: .isolation,
        severity: .high,
        title: "Production and non-production accounts never share a unit",
        rationale: """
            Guardrails attach to units. When a non-production account shares a unit with production, \
            production is either governed as loosely as development or development as tightly as \
            production, and the audit scope can no longer be limited to production.
            """,
        remediation:
            "move non-production accounts to a unit that holds only non-production accounts (e.g. 'Workloads/NonProduction')"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        // Stage 1: the workload accounts of each unit, the organization root as "".
        var production: [String: [String]] = [:]
        var nonProduction: [String: [Account]] = [:]
        for account in context.organization.accounts where account.isWorkload {
            let unit = account.unit ?? ""
            if account.isProduction {
                production[unit, default: []].append(account.key)
            } else {
                nonProduction[unit, default: []].append(account)
            }
        }
        // Stage 2: every non-production account in a unit that also holds production.
        var findings: [Finding] = []
        for (unit, accounts) in nonProduction {
            guard let productionKeys = production[unit] else { continue }
            let place = unit.isEmpty ? "the organization root" : "unit '\(unit)'"
            let names =
                productionKeys.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                + (productionKeys.count > 3 ? " and \(productionKeys.count - 3) more" : "")
            for account in accounts {
                let stage = account.stage.map { " (\($0.rawValue))" } ?? ""
                findings.append(
                    context.finding(
                        metadata,
                        resource: SpecPath.account(account.key),
                        at: SpecPath.account(account.key, "unit"),
                        message:
                            "non-production account '\(account.key)'\(stage) shares \(place) with production account\(productionKeys.count == 1 ? "" : "s") \(names)"
                    ))
            }
        }
        return findings
    }
}
