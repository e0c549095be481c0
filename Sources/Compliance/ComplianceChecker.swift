public import OrgModel
import Support

/// Runs rules over an organization and returns their findings in a stable order.
///
/// The organization is indexed once (`RuleContext`) and every rule reads that index, so checking a
/// large organization stays linear in its size.
public struct ComplianceChecker: Sendable {
    public let rules: [any Rule]
    public let catalogue: FrameworkCatalogue

    /// - Parameters:
    ///   - rules: The rules to run; every built-in rule by default.
    ///   - catalogue: Clause mapping and retention figures; the bundled catalogue by default.
    public init(rules: [any Rule] = .all, catalogue: FrameworkCatalogue = .bundled) {
        self.rules = rules
        self.catalogue = catalogue
    }

    /// The findings of every rule, most severe first, then by location, rule id and resource, so
    /// that two runs over the same spec print the same report.
    public func check(_ organization: Organization) -> [Finding] {
        let context = RuleContext(organization, catalogue: catalogue)
        return rules.flatMap { $0.evaluate(context) }.sorted(by: Self.precedes)
    }

    /// The report order: severity descending, then file, line, column (findings without a
    /// location last), rule id, resource and message.
    public static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        switch (lhs.location, rhs.location) {
        case let (left?, right?):
            if left.file != right.file { return left.file < right.file }
            if left.line != right.line { return left.line < right.line }
            if left.column != right.column { return left.column < right.column }
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): break
        }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.resource != rhs.resource { return lhs.resource < rhs.resource }
        return lhs.message < rhs.message
    }
}
