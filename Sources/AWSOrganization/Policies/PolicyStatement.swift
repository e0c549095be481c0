/// One statement of an IAM-grammar policy (SCP, permission set inline policy, bucket policy).
///
/// See [IAM JSON policy elements](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
public struct PolicyStatement: Sendable, Hashable {
    public enum Effect: String, Sendable, Hashable {
        case allow = "Allow"
        case deny = "Deny"
    }

    /// `Action` (these actions) or `NotAction` (every action but these).
    public enum Actions: Sendable, Hashable {
        case action([String])
        case notAction([String])
    }

    /// `Resource` (these resources) or `NotResource` (every resource but these).
    public enum Resources: Sendable, Hashable {
        case resource([String])
        case notResource([String])
    }

    /// Statement id; letters and digits only, as IAM requires. Groundwork names each statement
    /// after its guardrail so an auditor can trace a denial back to the spec.
    public var sid: String?
    public var effect: Effect
    /// Only for resource policies; SCPs and identity policies leave it nil.
    public var principal: PolicyPrincipal?
    public var actions: Actions
    public var resources: Resources
    public var condition: PolicyCondition

    public init(
        sid: String? = nil,
        effect: Effect,
        principal: PolicyPrincipal? = nil,
        actions: Actions,
        resources: Resources = .resource(["*"]),
        condition: PolicyCondition = PolicyCondition()
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.actions = actions
        self.resources = resources
        self.condition = condition
    }

    /// The listed actions when the statement uses `Action`; empty for `NotAction`.
    public var actionList: [String] {
        if case .action(let list) = actions { return list }
        return []
    }

    /// The listed actions when the statement uses `NotAction`; empty for `Action`.
    public var notActionList: [String] {
        if case .notAction(let list) = actions { return list }
        return []
    }

    /// The listed resources when the statement uses `Resource`; empty for `NotResource`.
    public var resourceList: [String] {
        if case .resource(let list) = resources { return list }
        return []
    }
}
