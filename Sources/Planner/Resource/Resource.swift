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
    /// Set by the provider on live resources that prune must never delete (an AWS account, the
    /// management account, a resource another tool owns); they stay listed as unmanaged, and so
    /// does anything they still sit in or depend on.
    public var preventDeletion: Bool

    public init(
        _ address: ResourceAddress,
        area: ResourceArea,
        attributes: [String: AttributeValue] = [:],
        parent: ResourceAddress? = nil,
        dependencies: [ResourceAddress] = [],
        providerID: String? = nil,
        preventDeletion: Bool = false
    ) {
        self.address = address
        self.area = area
        self.attributes = attributes
        self.parent = parent
        self.dependencies = dependencies
        self.providerID = providerID
        self.preventDeletion = preventDeletion
    }

    private enum CodingKeys: String, CodingKey {
        case address, area, attributes, parent, dependencies, providerID, preventDeletion
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        address = try container.decode(ResourceAddress.self, forKey: .address)
        area = try container.decode(ResourceArea.self, forKey: .area)
        attributes = try container.decodeIfPresent([String: AttributeValue].self, forKey: .attributes) ?? [:]
        parent = try container.decodeIfPresent(ResourceAddress.self, forKey: .parent)
        dependencies = try container.decodeIfPresent([ResourceAddress].self, forKey: .dependencies) ?? []
        providerID = try container.decodeIfPresent(String.self, forKey: .providerID)
        preventDeletion = try container.decodeIfPresent(Bool.self, forKey: .preventDeletion) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(address, forKey: .address)
        try container.encode(area, forKey: .area)
        try container.encode(attributes, forKey: .attributes)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encode(dependencies, forKey: .dependencies)
        try container.encodeIfPresent(providerID, forKey: .providerID)
        if preventDeletion { try container.encode(true, forKey: .preventDeletion) }
    }

    /// Every address this resource needs to exist first: its parent, then its dependencies.
    public var references: [ResourceAddress] { (parent.map { [$0] } ?? []) + dependencies }
}
