public import OrgModel

/// Runs the spec rules over a live snapshot and states each as audit results: a FAIL per
/// finding, and one PASS per rule that found nothing, so the report shows what was checked and
/// held, not only what broke.
public struct RuleAudit: Sendable {
    public let rules: [any Rule]
    public let catalogue: FrameworkCatalogue

    public init(rules: [any Rule] = .all, catalogue: FrameworkCatalogue = .audit) {
        self.rules = rules
        self.catalogue = catalogue
    }

    /// The results of every rule on `snapshot`.
    ///
    /// - Parameters:
    ///   - snapshot: The organization as read from the live APIs (never the spec).
    ///   - evidence: Ids of the evidence items the snapshot was read from; every result rests on them.
    public func results(on snapshot: Organization, evidence: [String]) -> [AuditResult] {
        let context = RuleContext(snapshot, catalogue: catalogue)
        return rules.flatMap { rule -> [AuditResult] in
            let findings = rule.evaluate(context)
            guard !findings.isEmpty else {
                let check = AuditCheck(rule.metadata)
                return [
                    check.result(
                        .pass, resource: "organization", message: rule.metadata.title, evidence: evidence,
                        frameworks: snapshot.settings.frameworks, catalogue: catalogue)
                ]
            }
            return findings.map { finding in
                AuditResult(
                    checkID: finding.ruleID,
                    requirement: finding.requirement,
                    severity: finding.severity,
                    status: .fail,
                    resource: finding.resource,
                    scope: Self.scope(ofResource: finding.resource),
                    message: finding.message,
                    remediation: finding.remediation,
                    evidence: evidence,
                    controls: finding.controls
                )
            }
        }
    }

    /// The node a rule's resource path colours: `accounts.prod.unit` → account `prod`,
    /// `units.Workloads` → that unit, anything else → the organization.
    public static func scope(ofResource resource: String) -> AuditScope {
        if resource.hasPrefix("accounts.") {
            let key = resource.dropFirst("accounts.".count).prefix { $0 != "." && $0 != "[" }
            if !key.isEmpty { return .account(String(key)) }
        }
        if resource.hasPrefix("units.") {
            let path = resource.dropFirst("units.".count)
            if !path.isEmpty { return .unit(String(path)) }
        }
        return .organization
    }
}
