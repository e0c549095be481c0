import Compliance
import Support

enum SampleFindings {
    static let sharedUnit = Finding(
        ruleID: "isolation.shared-unit",
        requirement: .isolation,
        severity: .high,
        resource: "accounts.dev",
        location: SourceLocation(file: "/repo/infra/organization.yaml", line: 18, column: 46),
        message: "non-production account 'dev' (development) shares unit 'Workloads' with production account 'prod'",
        remediation: "move non-production accounts to a unit that holds only non-production accounts",
        controls: ["SOC 2 CC8.1", "ISO/IEC 27001:2022 A.8.31"]
    )
    static let guardrail = Finding(
        ruleID: "audit-log.protect-guardrail",
        requirement: .auditLog,
        severity: .critical,
        resource: "guardrails",
        location: SourceLocation(file: "/repo/infra/organization.yaml", line: 42, column: 1),
        message: "guardrail 'protect-audit-log' is off",
        remediation: "add 'protect-audit-log' to 'guardrails'",
        controls: ["SOC 2 CC7.2"]
    )
    /// No location, and a message that needs escaping in JSON.
    static let tricky = Finding(
        ruleID: "management.email-alias",
        requirement: .management,
        severity: .low,
        resource: "accounts.management",
        location: nil,
        message: "uses \"ceo\"@x\\y\n\tnext\u{1}",
        remediation: "use a role alias",
        controls: []
    )

    static let all = [guardrail, sharedUnit, tricky]
}
