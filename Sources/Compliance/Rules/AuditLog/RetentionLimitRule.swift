import OrgModel

/// Retention respects limits on keeping personal data (GDPR's storage limitation), and flags
/// frameworks whose minimum exceeds another's maximum.
///
/// GDPR sets no number of years, but audit logs hold personal data (names, addresses, IPs) and
/// Art. 5(1)(e) says to keep it no longer than necessary. Groundwork reads "necessary" as the
/// longest period another selected framework (or its floor) requires: keeping logs longer is
/// allowed with a documented reason, so this is a low-severity prompt, not a failure. When the
/// catalogue declares a hard `maximum`, a required minimum above it is a conflict the
/// organization must resolve with counsel, reported the same way.
public struct RetentionLimitRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.retention-limit",
        requirement: .auditLog,
        severity: .low,
        title: "Retention stays within limits on keeping personal data",
        rationale: """
            Audit logs identify people. Where a framework limits how long personal data is kept, logs \
            kept past every obligation need a documented reason, and obligations that contradict \
            each other need a decision.
            """,
        remediation:
            "shorten 'audit-log.retention' to the longest period your obligations require, or document why it is longer"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let requirements = context.catalogue.retentionRequirements(for: context.organization.settings.frameworks)
        let limits = requirements.filter { $0.maximum != nil || $0.storageLimitation }
        guard !limits.isEmpty else { return [] }
        let strictest = RetentionRule.strictest(requirements)
        let required = strictest?.requiredMinimum
        let retention = context.organization.auditLog.retention
        var findings: [Finding] = []
        for limit in limits {
            let limiter = RetentionRule.describe(limit, in: context.catalogue)
            if let maximum = limit.maximum {
                if let required, let strictest, maximum < required {
                    findings.append(
                        context.finding(
                            metadata,
                            resource: SpecPath.retention,
                            message:
                                "conflict: \(RetentionRule.describe(strictest, in: context.catalogue)) requires at least \(required) but \(limiter) allows at most \(maximum)",
                            remediation:
                                "decide with your data-protection officer which obligation prevails, and record the decision"
                        ))
                } else if let retention, maximum < retention {
                    findings.append(
                        context.finding(
                            metadata,
                            resource: SpecPath.retention,
                            message: "audit-log retention '\(retention)' exceeds the \(maximum) \(limiter) allows",
                            remediation: "set 'audit-log.retention' to \(maximum) or less"
                        ))
                }
            } else if let retention, let required, required < retention {
                findings.append(
                    context.finding(
                        metadata,
                        resource: SpecPath.retention,
                        message:
                            "audit-log retention '\(retention)' is longer than the \(required) your selected frameworks require; \(limiter) keeps personal data no longer than necessary",
                        remediation:
                            "set 'audit-log.retention: \(required)', or document why the logs are needed for longer"
                    ))
            }
        }
        return findings
    }
}
