public import OrgModel

/// A framework as the catalogue describes it: its edition, where it comes from, and its clauses.
public struct FrameworkDefinition: Sendable, Hashable, Decodable {
    public var framework: Framework
    public var name: String
    /// The document (and edition) the clause ids and titles are taken from.
    public var source: String
    public var controls: [FrameworkControl]

    public init(framework: Framework, name: String, source: String, controls: [FrameworkControl]) {
        self.framework = framework
        self.name = name
        self.source = source
        self.controls = controls
    }

    private enum CodingKeys: String, CodingKey {
        case framework
        case name
        case source
        case controls
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        framework = try container.decode(Framework.self, forKey: .framework)
        name = try container.decode(String.self, forKey: .name)
        source = try container.decode(String.self, forKey: .source)
        let framework = framework
        controls = try container.decode([FrameworkControl].self, forKey: .controls).map { control in
            var control = control
            control.framework = framework
            return control
        }
    }
}
