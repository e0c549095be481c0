/// The `Condition` block of a statement: operator → key → values.
///
/// Clauses are ANDed; the values under one key are ORed (for positive operators) or must all
/// differ (for negated ones). Serialisation sorts operators and keys so the same condition always
/// prints the same way.
/// See [Condition](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
public struct PolicyCondition: Sendable, Hashable {
    /// Operator name (`StringEquals`) → condition key (`aws:PrincipalArn`) → values.
    public private(set) var clauses: [String: [String: [String]]]

    public init(_ clauses: [String: [String: [String]]] = [:]) {
        self.clauses = clauses.filter { !$0.value.isEmpty }
    }

    public var isEmpty: Bool { clauses.isEmpty }

    /// Adds (or replaces) the values one operator tests for one key.
    public mutating func set(_ conditionOperator: ConditionOperator, _ key: String, _ values: [String]) {
        clauses[conditionOperator.rawValue, default: [:]][key] = values
    }

    /// A copy with one more clause.
    public func setting(_ conditionOperator: ConditionOperator, _ key: String, _ values: [String]) -> PolicyCondition {
        var copy = self
        copy.set(conditionOperator, key, values)
        return copy
    }

    /// The values one operator tests for one key, if the clause exists.
    public func values(_ conditionOperator: ConditionOperator, _ key: String) -> [String]? {
        clauses[conditionOperator.rawValue]?[key]
    }
}

/// A condition operator name. Open-ended (AWS adds operators), with the ones Groundwork writes as constants.
public struct ConditionOperator: RawRepresentable, Sendable, Hashable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let stringEquals = ConditionOperator(rawValue: "StringEquals")
    public static let stringNotEquals = ConditionOperator(rawValue: "StringNotEquals")
    public static let stringLike = ConditionOperator(rawValue: "StringLike")
    public static let stringNotLike = ConditionOperator(rawValue: "StringNotLike")
    public static let arnLike = ConditionOperator(rawValue: "ArnLike")
    public static let arnNotLike = ConditionOperator(rawValue: "ArnNotLike")
    public static let bool = ConditionOperator(rawValue: "Bool")

    /// True when a clause with several values matches if *any* value matches, so its values can be
    /// spread over several statements without changing what the statements match together.
    ///
    /// Negated operators (`StringNotEquals`) and `ForAllValues:` sets are the opposite: splitting
    /// their values would widen a `Deny`, so they are never split.
    public var matchesAnyValue: Bool {
        if rawValue.hasPrefix("ForAllValues:") { return false }
        let base = rawValue.hasPrefix("ForAnyValue:") ? String(rawValue.dropFirst("ForAnyValue:".count)) : rawValue
        if base.contains("Not") || base.hasPrefix("Null") { return false }
        return base.hasPrefix("String") || base.hasPrefix("Arn")
    }
}
