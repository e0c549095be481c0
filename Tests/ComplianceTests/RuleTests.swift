import Compliance
import OrgModel
import Support
import Testing

/// One way to break Acme, and the rule that must notice.
struct Breakage: Sendable, CustomTestStringConvertible {
    var ruleID: String
    var what: String
    var change: @Sendable (inout Organization) -> Void
    /// The resource the first finding of the rule must name.
    var resource: String

    var testDescription: String { "\(ruleID): \(what)" }

    static func rule(_ id: String) -> (any Rule)? { [any Rule].all.first { $0.metadata.id == id } }
}

private let breakages: [Breakage] = [
    Breakage(
        ruleID: "isolation.shared-unit", what: "dev moved into the production unit",
        change: { $0.updateAccount("dev") { $0.unit = "Workloads/Production" } }, resource: "accounts.dev"),
    Breakage(
        ruleID: "isolation.shared-unit", what: "prod and dev both at the root",
        change: { org in
            org.updateAccount("dev") { $0.unit = nil }
            org.updateAccount("prod") { $0.unit = nil }
        }, resource: "accounts.dev"),
    Breakage(
        ruleID: "isolation.workload-stage", what: "dev without a stage",
        change: { $0.updateAccount("dev") { $0.stage = nil } }, resource: "accounts.dev"),
    Breakage(
        ruleID: "isolation.workload-stage", what: "security-tooling account with a stage",
        change: { $0.updateAccount("audit") { $0.stage = .production } }, resource: "accounts.audit"),
    Breakage(
        ruleID: "isolation.user-data-outside-production", what: "user data in staging",
        change: { $0.updateAccount("staging") { $0.userData = true } }, resource: "accounts.staging"),
    Breakage(
        ruleID: "isolation.user-data-outside-production", what: "user data in the log archive",
        change: { $0.updateAccount("log-archive") { $0.userData = true } }, resource: "accounts.log-archive"),
    Breakage(
        ruleID: "isolation.data-free-profile", what: "observer grant on prod removed",
        change: { $0.identity.access.remove(at: 1) }, resource: "accounts.prod"),
    Breakage(
        ruleID: "isolation.data-free-profile", what: "observer loses data-access none",
        change: { org in
            org.identity.profiles[2].dataAccess = .full
        }, resource: "accounts.prod"),
    Breakage(
        ruleID: "sso.identity-provider", what: "no provider", change: { $0.identity.provider = nil },
        resource: "identity.provider"),
    Breakage(
        ruleID: "sso.mfa-required", what: "MFA optional", change: { $0.identity.mfa = .optional },
        resource: "identity.mfa"),
    Breakage(
        ruleID: "sso.mfa-required", what: "MFA undeclared", change: { $0.identity.mfa = nil }, resource: "identity.mfa"),
    Breakage(
        ruleID: "sso.local-users", what: "an IAM user with keys",
        change: { $0.identity.localUsers = [LocalUser(name: "ci", account: "prod", accessKeys: true)] },
        resource: "identity.local-users.ci"),
    Breakage(
        ruleID: "sso.direct-person-grant", what: "bob granted directly",
        change: { $0.identity.access.append(AccessGrant(person: "bob", profile: "observer", accounts: ["prod"])) },
        resource: "identity.access[5]"),
    Breakage(
        ruleID: "separation.security-accounts", what: "no security-tooling account",
        change: { $0.accounts.removeAll { $0.key == "audit" } }, resource: "accounts"),
    Breakage(
        ruleID: "separation.security-accounts", what: "no log-archive account",
        change: { $0.accounts.removeAll { $0.key == "log-archive" } }, resource: "accounts"),
    Breakage(
        ruleID: "separation.security-unit", what: "audit account in the Workloads unit",
        change: { $0.updateAccount("audit") { $0.unit = "Workloads" } }, resource: "accounts.audit"),
    Breakage(
        ruleID: "separation.security-unit", what: "log archive at the root",
        change: { $0.updateAccount("log-archive") { $0.unit = nil } }, resource: "accounts.log-archive"),
    Breakage(
        ruleID: "separation.security-unit", what: "security unit beneath Workloads",
        change: { org in
            org.updateAccount("log-archive") { $0.unit = "Workloads/Security" }
            org.updateAccount("audit") { $0.unit = "Workloads/Security" }
        }, resource: "accounts.log-archive"),
    Breakage(
        ruleID: "separation.security-access", what: "engineers on the log archive",
        change: {
            $0.identity.access.append(AccessGrant(group: "engineers", profile: "observer", accounts: ["log-archive"]))
        }, resource: "identity.access[5]"),
    Breakage(
        ruleID: "separation.security-access", what: "platform admins on the Security unit",
        change: {
            $0.identity.access.append(AccessGrant(group: "platform-admins", profile: "admin", units: ["Security"]))
        }, resource: "identity.access[5]"),
    Breakage(
        ruleID: "separation.admin-concentration", what: "platform admins also admin in management and security",
        change: { org in
            org.identity.access.append(
                AccessGrant(group: "platform-admins", profile: "admin", accounts: ["management", "audit"]))
        }, resource: "people.alice"),
    Breakage(
        ruleID: "separation.admin-concentration",
        what: "dave in platform-admins too, and security admins on management",
        change: { org in
            org.identity.groups[0].members.append("dave")
            org.identity.access.append(AccessGrant(group: "security", profile: "admin", accounts: ["management"]))
        }, resource: "people.dave"),
    Breakage(
        ruleID: "separation.management-workload", what: "management with a stage",
        change: { $0.updateAccount("management") { $0.stage = .production } }, resource: "accounts.management"),
    Breakage(
        ruleID: "separation.management-workload", what: "management with user data",
        change: { $0.updateAccount("management") { $0.userData = true } }, resource: "accounts.management"),
    Breakage(
        ruleID: "separation.management-access", what: "engineers on management",
        change: {
            $0.identity.access.append(AccessGrant(group: "engineers", profile: "observer", accounts: ["management"]))
        }, resource: "identity.access[5]"),
    Breakage(
        ruleID: "separation.management-access", what: "platform admins on management",
        change: {
            $0.identity.access.append(AccessGrant(group: "platform-admins", profile: "admin", accounts: ["management"]))
        }, resource: "identity.access[5]"),
    Breakage(
        ruleID: "audit-log.organization-trail", what: "no cloudtrail source",
        change: { $0.auditLog.sources.removeAll { $0 == .awsCloudTrail } }, resource: "audit-log.sources"),
    Breakage(
        ruleID: "audit-log.organization-trail", what: "no archive", change: { $0.auditLog.archive = nil },
        resource: "audit-log.archive"),
    Breakage(
        ruleID: "audit-log.organization-trail", what: "archive in the security-tooling account",
        change: { $0.auditLog.archive = "audit" }, resource: "audit-log.archive"),
    Breakage(
        ruleID: "audit-log.protect-guardrail", what: "guardrail off",
        change: { $0.guardrails.removeAll { $0 == .protectAuditLog } }, resource: "guardrails"),
    Breakage(
        ruleID: "audit-log.retention", what: "400d under HIPAA",
        change: { org in
            org.settings.frameworks = [.pciDSS, .hipaa]
            org.auditLog.retention = RetentionPeriod(400, .days)
        }, resource: "audit-log.retention"),
    Breakage(
        ruleID: "audit-log.retention", what: "11mo under PCI DSS",
        change: { org in
            org.settings.frameworks = [.pciDSS]
            org.auditLog.retention = RetentionPeriod(11, .months)
        }, resource: "audit-log.retention"),
    Breakage(
        ruleID: "audit-log.retention", what: "no retention", change: { $0.auditLog.retention = nil },
        resource: "audit-log.retention"),
    Breakage(
        ruleID: "audit-log.retention-limit", what: "7y under GDPR with a 12-month obligation",
        change: { $0.settings.frameworks = [.soc2, .gdpr] }, resource: "audit-log.retention"),
    Breakage(
        ruleID: "audit-log.immutable", what: "mutable archive", change: { $0.auditLog.immutable = false },
        resource: "audit-log.immutable"),
    Breakage(
        ruleID: "audit-log.readers", what: "no readers", change: { $0.auditLog.readers = [] },
        resource: "audit-log.readers"),
    Breakage(
        ruleID: "audit-log.readers", what: "engineers with PowerUserAccess read the log",
        change: { $0.auditLog.readers = ["engineers"] }, resource: "audit-log.readers"),
    Breakage(
        ruleID: "audit-log.readers", what: "workload admins read the log",
        change: { $0.auditLog.readers = ["security", "platform-admins"] }, resource: "audit-log.readers"),
    Breakage(
        ruleID: "audit-log.external-sources", what: "no GitHub log",
        change: { $0.auditLog.sources.removeAll { if case .github = $0 { true } else { false } } },
        resource: "audit-log.sources"),
    Breakage(
        ruleID: "audit-log.external-sources", what: "no Identity Center log",
        change: { $0.auditLog.sources.removeAll { $0 == .identityCenter } }, resource: "audit-log.sources"),
    Breakage(
        ruleID: "audit-log.external-sources", what: "Okta provider without its log",
        change: { org in
            org.identity.provider = .okta
            org.auditLog.sources.removeAll { if case .okta = $0 { true } else { false } }
        }, resource: "audit-log.sources"),
    Breakage(
        ruleID: "management.account", what: "no management account",
        change: {
            $0.updateAccount("management") {
                $0.role = nil; $0.stage = .production
            }
        }, resource: "accounts"),
    Breakage(
        ruleID: "management.account", what: "two management accounts",
        change: { $0.accounts.append(Account(key: "billing", email: "aws-billing@acme.example", role: .management)) },
        resource: "accounts.billing"),
    Breakage(
        ruleID: "management.email-alias", what: "alice's address",
        change: { $0.updateAccount("management") { $0.email = "Alice@acme.example" } }, resource: "accounts.management"),
    Breakage(
        ruleID: "management.email-alias", what: "a given.family address",
        change: { $0.updateAccount("management") { $0.email = "robert.konarskis@acme.example" } },
        resource: "accounts.management"),
    Breakage(
        ruleID: "management.email-alias", what: "a gmail address",
        change: { $0.updateAccount("management") { $0.email = "acme.aws@gmail.com" } }, resource: "accounts.management"),
]

@Suite struct RuleTests {
    @Test func acmeHasNoFindings() {
        let findings = ComplianceChecker().check(Acme.organization)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test(arguments: [any Rule].all.map(\.metadata.id))
    func everyRulePassesOnAcmeAndHasABreakage(ruleID: String) throws {
        let rule = try #require(Breakage.rule(ruleID))
        #expect(rule.evaluate(Acme.organization).isEmpty)
        #expect(breakages.contains { $0.ruleID == ruleID }, "no failing case for \(ruleID)")
    }

    @Test(arguments: breakages)
    func ruleFindsTheBreakage(_ breakage: Breakage) throws {
        let rule = try #require(Breakage.rule(breakage.ruleID))
        let findings = rule.evaluate(Acme.with(breakage.change))
        let first = try #require(findings.first)
        #expect(first.ruleID == breakage.ruleID)
        #expect(first.requirement == rule.metadata.requirement)
        #expect(first.resource == breakage.resource)
        #expect(!first.message.isEmpty && first.message.first?.isLowercase == true)
        #expect(!first.remediation.isEmpty)
    }

    @Test func ruleIDsAreUniqueAndNamedAfterTheirRequirement() {
        let ids = [any Rule].all.map(\.metadata.id)
        #expect(Set(ids).count == ids.count)
        for rule in [any Rule].all {
            #expect(rule.metadata.id.hasPrefix(rule.metadata.requirement.rawValue + "."))
        }
        #expect(Set([any Rule].all.map(\.metadata.requirement)) == Set(Requirement.allCases))
    }
}
