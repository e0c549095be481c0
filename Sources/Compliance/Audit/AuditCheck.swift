/// What an audit check verifies and why, kept beside the code that evaluates it (like
/// `RuleMetadata`), so every renderer, SARIF descriptor and the docs read from one place.
///
/// Checks reuse the rule ids for everything `check` already verifies on a spec, and add their
/// own ids (`audit-log.trail-logging`) for facts only a live organization has. Their framework
/// clauses live in `Catalogue/audit-checks.json` (see `FrameworkCatalogue.audit`).
public struct AuditCheck: Sendable, Hashable {
    /// Stable id, `<requirement>.<kebab-name>`.
    public var id: String
    public var requirement: Requirement
    /// The severity of a FAIL of this check.
    public var severity: Severity
    /// One line: the state the check expects.
    public var title: String
    /// Why the check exists: the risk it guards against.
    public var rationale: String
    /// The general fix; a result may carry a more specific one.
    public var remediation: String
    /// For a check no public API can answer: what a person must attach to settle it.
    public var manualEvidence: String?
    /// The `--attest KEY=FILE` key that settles this check (`mfa`), if any.
    public var attestationKey: String?

    public init(
        id: String,
        requirement: Requirement,
        severity: Severity,
        title: String,
        rationale: String,
        remediation: String,
        manualEvidence: String? = nil,
        attestationKey: String? = nil
    ) {
        self.id = id
        self.requirement = requirement
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.remediation = remediation
        self.manualEvidence = manualEvidence
        self.attestationKey = attestationKey
    }

    /// The audit form of a spec rule, evaluated on the live snapshot.
    public init(_ rule: RuleMetadata) {
        self.init(
            id: rule.id, requirement: rule.requirement, severity: rule.severity, title: rule.title,
            rationale: rule.rationale, remediation: rule.remediation)
    }

    /// The rule-shaped descriptor, for renderers that describe rules (SARIF `tool.driver.rules`).
    public var metadata: RuleMetadata {
        RuleMetadata(
            id: id, requirement: requirement, severity: severity, title: title, rationale: rationale,
            remediation: remediation)
    }
}
