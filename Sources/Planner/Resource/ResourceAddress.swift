/// The stable name of one managed thing, independent of any provider id: `account.prod`,
/// `unit.Workloads/Production`, `membership.admins/alice`.
///
/// Desired and live resources are matched by address, so the provider must build the same address
/// for a spec entry and for the live object it became.
public struct ResourceAddress: Sendable, Hashable, Comparable, Codable, CodingKeyRepresentable, CustomStringConvertible
{
    public var kind: ResourceKind
    /// The resource's name within its kind; may contain `/` and `.`.
    public var name: String

    public init(_ kind: ResourceKind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    /// Parses `kind.name`, splitting at the first `.`; nil when there is no kind or no name.
    public init?(parsing text: String) {
        guard let dot = text.firstIndex(of: "."), dot != text.startIndex else { return nil }
        let name = String(text[text.index(after: dot)...])
        guard !name.isEmpty else { return nil }
        self.init(ResourceKind(rawValue: String(text[..<dot])), name)
    }

    public static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.name < rhs.name
    }

    /// `kind.name`, the form used in step ids, journals and saved plans.
    public var description: String { "\(kind.rawValue).\(name)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let address = ResourceAddress(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid resource address '\(text)'"))
        }
        self = address
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Lets `[ResourceAddress: …]` encode as a JSON object keyed by `kind.name`.
    public init?<T: CodingKey>(codingKey: T) {
        self.init(parsing: codingKey.stringValue)
    }

    public var codingKey: any CodingKey { AddressKey(stringValue: description) }

    private struct AddressKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
