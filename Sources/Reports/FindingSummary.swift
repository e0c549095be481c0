public import Compliance

/// Counts of findings by severity and by requirement, every key present (zero included) so that
/// consumers never need to test for a missing key.
public struct FindingSummary: Sendable, Hashable {
    public var total: Int
    /// Most severe first.
    public var bySeverity: [(Severity, Int)]
    /// In `Requirement.allCases` order.
    public var byRequirement: [(Requirement, Int)]

    public init(_ findings: [Finding]) {
        total = findings.count
        var severities: [Severity: Int] = [:]
        var requirements: [Requirement: Int] = [:]
        for finding in findings {
            severities[finding.severity, default: 0] += 1
            requirements[finding.requirement, default: 0] += 1
        }
        bySeverity = Severity.allCases.reversed().map { ($0, severities[$0] ?? 0) }
        byRequirement = Requirement.allCases.map { ($0, requirements[$0] ?? 0) }
    }

    public static func == (lhs: FindingSummary, rhs: FindingSummary) -> Bool {
        lhs.total == rhs.total && lhs.bySeverity.elementsEqual(rhs.bySeverity, by: ==)
            && lhs.byRequirement.elementsEqual(rhs.byRequirement, by: ==)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        for (severity, count) in bySeverity { hasher.combine(severity); hasher.combine(count) }
        for (requirement, count) in byRequirement { hasher.combine(requirement); hasher.combine(count) }
    }
}
