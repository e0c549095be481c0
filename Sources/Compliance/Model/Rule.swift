public import OrgModel

/// A check of one requirement over the organization model.
///
/// Rules are pure: they read an indexed organization and return findings, and never print.
/// Implement `evaluate(_:)` over a `RuleContext`, which indexes the organization once for all
/// rules; `evaluate(organization)` is a convenience for running a single rule.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }

    /// The findings for an organization, in any order (the checker sorts).
    func evaluate(_ context: RuleContext) -> [Finding]
}

extension Rule {
    /// Runs this rule alone against an organization with the bundled catalogue.
    public func evaluate(_ organization: Organization) -> [Finding] {
        evaluate(RuleContext(organization))
    }
}
