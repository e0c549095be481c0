import OrgModel

/// The archive is write-once (S3 Object Lock in compliance mode).
public struct ImmutableArchiveRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.immutable",
        requirement: .auditLog,
        severity: .high,
        title: "Audit-log storage is immutable",
        rationale:
            "Logs that can be overwritten or deleted within the retention period cannot be trusted as evidence, even by the people they clear.",
        remediation: "set 'audit-log.immutable: true' (write-once storage, S3 Object Lock in compliance mode)"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        guard !context.organization.auditLog.immutable else { return [] }
        return [
            context.finding(
                metadata,
                resource: SpecPath.immutable,
                message:
                    "audit-log storage is not immutable, so archived logs could be altered or deleted before their retention ends"
            )
        ]
    }
}
