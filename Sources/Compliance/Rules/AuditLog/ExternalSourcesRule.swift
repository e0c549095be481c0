import OrgModel

/// Audit logs from beyond the cloud reach the archive too: the SSO provider's and the git host's.
public struct ExternalSourcesRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "audit-log.external-sources",
        requirement: .auditLog,
        severity: .medium,
        title: "Audit logs of the SSO provider and git hosting are collected",
        rationale: """
            Sign-ins happen at the identity provider and code changes at the git host; an \
            investigation that sees only cloud API calls misses how someone got in and what they \
            shipped.
            """,
        remediation: "add the identity provider's log and the git host's audit log to 'audit-log.sources'"
    )

    public func evaluate(_ context: RuleContext) -> [Finding] {
        let sources = context.organization.auditLog.sources
        var findings: [Finding] = []
        switch context.organization.identity.provider {
        case .awsIdentityCenter where !sources.contains(.identityCenter):
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.sources,
                    message:
                        "the identity provider is AWS Identity Center but its sign-in log ('identity-center') is not among the audit-log sources",
                    remediation: "add 'identity-center' to 'audit-log.sources'"
                ))
        case .okta where !sources.contains(where: { if case .okta = $0 { true } else { false } }):
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.sources,
                    message: "the identity provider is Okta but its System Log is not among the audit-log sources",
                    remediation: "add '{ okta: <your-domain>.okta.com }' to 'audit-log.sources'"
                ))
        default:
            break
        }
        if !sources.contains(where: { if case .github = $0 { true } else { false } }) {
            findings.append(
                context.finding(
                    metadata,
                    resource: SpecPath.sources,
                    message:
                        "no git hosting audit log is among the audit-log sources, so code and repository-permission changes go unrecorded",
                    remediation: "add '{ github: <organization> }' to 'audit-log.sources'"
                ))
        }
        return findings
    }
}
