import OrgModel

/// The `protect-audit-log` guardrail is on, so nobody in the organization can stop or alter logging.
public struct ProtectAuditLogRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.protect-guardrail",
        requirement: .auditLog,
        severity: .critical,
        title: "The protect-audit-log guardrail is on",
        rationale:
            "Logging that an admin can switch off proves nothing: the guardrail denies stopping, deleting or changing the trail and its archive in every member account.",
        remediation: "add 'protect-audit-log' to 'guardrails'"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        guard !context.organization.guardrails.contains(.protectAuditLog) else { return [] }
        return [
            context.finding(
                metadata,
                resource: SpecPath.guardrails,
                message:
                    "guardrail 'protect-audit-log' is off, so an account admin could stop or delete the audit trail"
            )
        ]
    }
}
