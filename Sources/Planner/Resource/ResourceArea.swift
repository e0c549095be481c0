/// The part of the organization a resource belongs to, for grouping plans the way people read
/// them: structure, then guardrails, then who can get in, then the audit log.
public enum ResourceArea: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
    case organization
    case guardrails
    case identity
    case auditLog = "audit-log"

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: ResourceArea, rhs: ResourceArea) -> Bool { lhs.rank < rhs.rank }
}
