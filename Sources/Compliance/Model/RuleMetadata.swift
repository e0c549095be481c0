/// What a rule checks and why, kept beside its code (after Prowler's check metadata) so that
/// reports, SARIF rule descriptors and docs all read from one place.
public struct RuleMetadata: Sendable, Hashable {
    /// Stable id, `<requirement>.<kebab-name>`.
    public var id: String
    public var requirement: Requirement
    /// The severity of the rule's findings.
    public var severity: Severity
    /// One line: the state the rule expects.
    public var title: String
    /// Why the rule exists: the risk it guards against.
    public var rationale: String
    /// The general fix; a finding may carry a more specific one.
    public var remediation: String

    public init(
        id: String, requirement: Requirement, severity: Severity, title: String, rationale: String, remediation: String
    ) {
        self.id = id
        self.requirement = requirement
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.remediation = remediation
    }
}
