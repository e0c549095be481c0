/// What sort of thing a resource is (`unit`, `account`, `guardrail`, …).
///
/// Kinds are open so a provider can add its own without changing the Planner; the well-known
/// ones carry a rank so plans list units before accounts and groups before memberships even when
/// no dependency forces the order.
public struct ResourceKind: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// A kind named `rawValue`; it must be non-empty and must not contain `.`, which separates
    /// the kind from the name in an address.
    public init(rawValue: String) {
        precondition(!rawValue.isEmpty && !rawValue.contains("."), "a resource kind is a non-empty name without '.'")
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    public static let unit = ResourceKind("unit")
    public static let account = ResourceKind("account")
    public static let guardrail = ResourceKind("guardrail")
    public static let guardrailAttachment = ResourceKind("guardrail-attachment")
    public static let person = ResourceKind("person")
    public static let group = ResourceKind("group")
    public static let membership = ResourceKind("membership")
    public static let profile = ResourceKind("profile")
    public static let assignment = ResourceKind("assignment")
    public static let archiveBucket = ResourceKind("archive-bucket")
    public static let trail = ResourceKind("trail")

    /// The display order of the well-known kinds; other kinds follow, by name.
    static let wellKnownOrder: [ResourceKind] = [
        .unit, .account, .guardrail, .guardrailAttachment, .person, .group, .membership, .profile, .assignment,
        .archiveBucket, .trail,
    ]

    var rank: Int { Self.wellKnownOrder.firstIndex(of: self) ?? Self.wellKnownOrder.count }

    public static func < (lhs: ResourceKind, rhs: ResourceKind) -> Bool {
        (lhs.rank, lhs.rawValue) < (rhs.rank, rhs.rawValue)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard !text.isEmpty, !text.contains(".") else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid resource kind '\(text)'"))
        }
        self.init(rawValue: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
