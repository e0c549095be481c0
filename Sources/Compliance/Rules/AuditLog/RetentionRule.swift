import OrgModel

/// Audit logs are kept at least as long as the strictest selected framework requires.
///
/// The figures and their sources are in `Catalogue/retention.json`; Groundwork's own floor of
/// 12 months applies even when no framework is selected.
public struct RetentionRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.retention",
        requirement: .auditLog,
        severity: .high,
        title: "Retention meets the strictest selected framework",
        rationale: """
            Frameworks set how long audit logs must be kept (PCI DSS 12 months, HIPAA 6 years); logs \
            deleted earlier leave gaps an auditor or an investigation will find.
            """,
        remediation: "set 'audit-log.retention' to at least the period the strictest selected framework requires"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let requirements = context.catalogue.retentionRequirements(for: context.organization.settings.frameworks)
        guard let strictest = RetentionRule.strictest(requirements), let required = strictest.requiredMinimum else {
            return []
        }
        let who = RetentionRule.describe(strictest, in: context.catalogue)
        guard let retention = context.organization.auditLog.retention else {
            return [
                context.finding(
                    metadata,
                    resource: SpecPath.retention,
                    message: "no audit-log retention is declared; \(who) requires at least \(required)",
                    remediation: "set 'audit-log.retention: \(required)' or longer"
                )
            ]
        }
        guard retention < required else { return [] }
        return [
            context.finding(
                metadata,
                resource: SpecPath.retention,
                message: "audit-log retention '\(retention)' is shorter than the \(required) \(who) requires",
                remediation: "set 'audit-log.retention: \(required)' or longer"
            )
        ]
    }

    /// The entry with the longest required minimum; the earliest listed wins a tie.
    static func strictest(_ requirements: [RetentionRequirement]) -> RetentionRequirement? {
        var best: RetentionRequirement?
        for entry in requirements {
            guard let minimum = entry.requiredMinimum else { continue }
            if let current = best?.requiredMinimum, minimum <= current { continue }
            best = entry
        }
        return best
    }

    /// `HIPAA Security Rule (45 CFR 164.316(b)(2)(i))`, or Groundwork's floor.
    static func describe(_ entry: RetentionRequirement, in catalogue: FrameworkCatalogue) -> String {
        guard let framework = entry.framework else { return "Groundwork's floor" }
        let name = catalogue.frameworks.first { $0.framework == framework }?.name ?? framework.rawValue
        return "\(name) (\(entry.source))"
    }
}
