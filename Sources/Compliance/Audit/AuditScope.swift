/// What part of the organization a result is about, so the organization drawing can colour
/// the right node.
public enum AuditScope: Sendable, Hashable {
    /// The organization as a whole (its trail, its guardrails).
    case organization
    /// An organizational unit, by path (`Workloads/Production`).
    case unit(String)
    /// An account, by key (`prod`).
    case account(String)
}
