public import Support

/// One way an organization falls short of a requirement, pointing at the spec node at fault.
///
/// Findings are plain values so that every renderer (text, JSON, SARIF) shows the same facts
/// and none of them computes anything.
public struct Finding: Sendable, Hashable {
    /// Stable identifier of the rule that produced it (`isolation.shared-unit`); safe to filter on.
    public var ruleID: String
    public var requirement: Requirement
    public var severity: Severity
    /// Dotted path of the resource at fault, e.g. `accounts.prod` or `identity.access[2]`.
    public var resource: String
    /// Where the node at fault was written; nil for a live snapshot or an undeclared block.
    public var location: SourceLocation?
    public var message: String
    /// What to change to make the finding go away.
    public var remediation: String
    /// Framework clause ids the finding bears on (`SOC 2 CC6.1`), limited to the selected frameworks.
    public var controls: [String]

    public init(
        ruleID: String,
        requirement: Requirement,
        severity: Severity,
        resource: String,
        location: SourceLocation? = nil,
        message: String,
        remediation: String,
        controls: [String] = []
    ) {
        self.ruleID = ruleID
        self.requirement = requirement
        self.severity = severity
        self.resource = resource
        self.location = location
        self.message = message
        self.remediation = remediation
        self.controls = controls
    }
}
