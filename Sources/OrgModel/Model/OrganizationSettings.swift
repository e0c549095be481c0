/// The `organization:` block: who the organization is and what it is held to.
public struct OrganizationSettings: Sendable, Hashable {
    public var name: String
    public var provider: CloudProvider
    public var homeRegion: String
    /// Regions workloads may use; `restrict-regions` denies the rest.
    public var regions: [String]
    public var frameworks: [Framework]

    public init(name: String, provider: CloudProvider = .aws, homeRegion: String, regions: [String] = [], frameworks: [Framework] = []) {
        self.name = name
        self.provider = provider
        self.homeRegion = homeRegion
        self.regions = regions
        self.frameworks = frameworks
    }
}

/// The cloud an organization lives in. AWS first; the model stays provider-neutral.
public enum CloudProvider: String, Sendable, Hashable, CaseIterable {
    case aws
}

/// Compliance frameworks whose requirements the rules apply.
public enum Framework: String, Sendable, Hashable, CaseIterable, Codable {
    case soc2
    case iso27001
    case hipaa
    case pciDSS = "pci-dss"
    case nist80053 = "nist-800-53"
    case gdpr
}
