/// The five organization requirements every rule serves, after the seed's "Organization Setup".
public enum Requirement: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Production and non-production never share resources, units or user data.
    case isolation
    /// Every person signs in through one identity provider, with MFA, through groups.
    case sso
    /// Production is kept apart from organization management and from security tooling.
    case separation
    /// One central, immutable audit log that nobody in the organization can switch off.
    case auditLog = "audit-log"
    /// The management account itself is owned by the organization, not by a person.
    case management

    public static func < (lhs: Requirement, rhs: Requirement) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
