/// One managed thing, provider-neutral: what the spec wants, or what the live organization has.
///
/// The provider translates the spec into desired resources and the live organization into actual
/// resources; the Planner only compares them. Only attributes the desired resource declares are
/// compared, so live-only facts (ARNs, creation dates) can ride along in actual resources without
/// causing updates. A provider that needs a value to be absent declares it explicitly (an empty
/// list, an empty document).
public struct Resource: Sendable, Hashable, Codable {
    public var address: ResourceAddress
    /// Where the resource is listed when a plan is shown.
    public var area: ResourceArea
    public var attributes: [String: AttributeValue]
    /// The container the resource sits in (an account's unit); nil for the top level. A change of
    /// parent is a move, not an update.
    public var parent: ResourceAddress?
    /// Resources that must exist before this one (a membership's group and person).
    public var dependencies: [ResourceAddress]
    /// The provider's own id (`ou-ab12-cdef3456`, an account number); set on actual resources.
    public var providerID: String?

    public init(
        _ address: ResourceAddress,
        area: ResourceArea,
        attributes: [String: AttributeValue] = [:],
        parent: ResourceAddress? = nil,
        dependencies: [ResourceAddress] = [],
        providerID: String? = nil
    ) {
        self.address = address
        self.area = area
        self.attributes = attributes
        self.parent = parent
        self.dependencies = dependencies
        self.providerID = providerID
    }

    /// Every address this resource needs to exist first: its parent, then its dependencies.
    public var references: [ResourceAddress] { (parent.map { [$0] } ?? []) + dependencies }
}
