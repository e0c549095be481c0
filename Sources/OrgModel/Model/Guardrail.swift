/// Preventive controls the organization enforces on member accounts (SCPs on AWS).
public enum Guardrail: String, Sendable, Hashable, CaseIterable {
    /// Nobody can stop, delete or alter the organization trail or its archive.
    case protectAuditLog = "protect-audit-log"
    case denyLeaveOrganization = "deny-leave-organization"
    case denyRootUser = "deny-root-user"
    /// Deny API use outside `organization.regions`.
    case restrictRegions = "restrict-regions"
    /// No IAM users or long-lived access keys.
    case denyLocalUsers = "deny-local-users"
}
