/// One change to one resource, and the steps that must finish before it may start.
public struct PlanStep: Sendable, Hashable, Codable, Identifiable {
    /// `action kind.name` (`create account.prod`): stable across plans, so journals from an
    /// earlier run can be matched to the steps of a new plan.
    public var id: String
    public var action: PlanAction
    public var address: ResourceAddress
    public var area: ResourceArea
    /// The resource as the spec wants it; nil for a delete.
    public var desired: Resource?
    /// The resource as it is live; nil for a create.
    public var actual: Resource?
    /// The fields an update changes, sorted by name; empty for other actions.
    public var changes: [AttributeChange]
    /// Ids of the steps that must succeed first.
    public var dependsOn: [String]

    public init(
        action: PlanAction,
        address: ResourceAddress,
        area: ResourceArea,
        desired: Resource?,
        actual: Resource?,
        changes: [AttributeChange] = [],
        dependsOn: [String] = []
    ) {
        self.id = Self.id(action, address)
        self.action = action
        self.address = address
        self.area = area
        self.desired = desired
        self.actual = actual
        self.changes = changes
        self.dependsOn = dependsOn
    }

    /// The id a step for `action` on `address` has in any plan.
    public static func id(_ action: PlanAction, _ address: ResourceAddress) -> String {
        "\(action.rawValue) \(address)"
    }

    /// The provider's id of the live resource this step changes (nil for a create).
    public var providerID: String? { actual?.providerID }

    /// For a move: the parent it leaves (nil is the top level).
    public var fromParent: ResourceAddress? { actual?.parent }

    /// For a create or a move: the parent it ends up in (nil is the top level).
    public var toParent: ResourceAddress? { desired?.parent }
}
