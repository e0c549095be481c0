public import OrgModel

/// Which framework clauses a rule bears on, as listed in `Catalogue/mappings.json`.
public struct RuleMapping: Sendable, Hashable, Decodable {
    public var rule: String
    /// The frameworks the rule claims to serve; each must have at least one control below.
    public var frameworks: [Framework]
    /// Control ids, each defined in `Catalogue/frameworks.json`.
    public var controls: [String]

    public init(rule: String, frameworks: [Framework], controls: [String]) {
        self.rule = rule
        self.frameworks = frameworks
        self.controls = controls
    }
}
