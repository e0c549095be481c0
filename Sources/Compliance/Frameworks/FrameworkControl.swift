public import OrgModel

/// One clause of a framework that rules map to (`PCI DSS 10.5.1`).
public struct FrameworkControl: Sendable, Hashable, Decodable {
    /// The id as printed in findings, framework name included (`ISO/IEC 27001:2022 A.8.31`).
    public var id: String
    public var title: String
    /// Filled in from the framework the control is listed under.
    public var framework: Framework

    public init(id: String, title: String, framework: Framework) {
        self.id = id
        self.title = title
        self.framework = framework
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case title
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        framework = .soc2
    }
}
