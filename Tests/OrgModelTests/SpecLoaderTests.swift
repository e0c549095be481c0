import Foundation
import OrgModel
import Support
import Testing

@Suite("Spec loader")
struct SpecLoaderTests {
    @Test func acmeExampleLoadsIntoTheExpectedModel() throws {
        let path = SpecFixtures.example("acme.yaml")
        let org = try SpecLoader.load(contentsOf: path)
        #expect(
            org.settings
                == OrganizationSettings(
                    name: "acme", provider: .aws, homeRegion: "eu-central-1",
                    regions: ["eu-central-1", "eu-west-1"], frameworks: [.soc2, .iso27001]
                ))
        #expect(org.units.map(\.path) == ["Security", "Workloads", "Workloads/Production", "Workloads/NonProduction"])
        #expect(org.accounts.map(\.key) == ["management", "log-archive", "audit", "prod", "staging", "dev"])
        #expect(
            org.account("management")
                == Account(key: "management", email: "aws-management@acme.example", role: .management))
        #expect(org.account("audit")?.role == .securityTooling)
        #expect(
            org.account("prod")
                == Account(
                    key: "prod", email: "aws-prod@acme.example", unit: "Workloads/Production", stage: .production,
                    userData: true
                ))
        #expect(org.account("dev")?.stage == .development)
        #expect(org.account("dev")?.userData == false)
        #expect(
            org.people == [
                Person(key: "alice", email: "alice@acme.example", displayName: "Alice Doe"),
                Person(key: "bob", email: "bob@acme.example"),
                Person(key: "dave", email: "dave@acme.example"),
            ])
        #expect(org.identity.provider == .awsIdentityCenter)
        #expect(org.identity.mfa == .required)
        #expect(
            org.identity.groups == [
                Group(name: "platform-admins", members: ["alice"]), Group(name: "engineers", members: ["bob"]),
                Group(name: "security", members: ["dave"]),
            ])
        #expect(
            org.identity.profiles == [
                PermissionProfile(name: "admin", policies: ["AdministratorAccess"], sessionSeconds: 3600),
                PermissionProfile(name: "developer", policies: ["PowerUserAccess"], sessionSeconds: 8 * 3600),
                PermissionProfile(
                    name: "observer", policies: ["CloudWatchReadOnlyAccess"], sessionSeconds: 4 * 3600,
                    dataAccess: .none),
                PermissionProfile(name: "security-audit", policies: ["SecurityAudit"], sessionSeconds: 4 * 3600),
            ])
        #expect(
            org.identity.access == [
                AccessGrant(group: "engineers", profile: "developer", accounts: ["dev", "staging"]),
                AccessGrant(group: "engineers", profile: "observer", accounts: ["prod"]),
                AccessGrant(group: "platform-admins", profile: "admin", accounts: ["prod", "staging", "dev"]),
                AccessGrant(group: "security", profile: "security-audit", units: ["Workloads"]),
                AccessGrant(group: "security", profile: "admin", accounts: ["log-archive", "audit"]),
            ])
        #expect(org.identity.localUsers.isEmpty)
        #expect(org.guardrails == Guardrail.allCases)
        #expect(
            org.auditLog
                == AuditLogPolicy(
                    archive: "log-archive", retention: RetentionPeriod(7, .years), immutable: true,
                    readers: ["security"],
                    sources: [
                        .awsCloudTrail, .identityCenter, .github(organization: "acme"), .okta(domain: "acme.okta.com"),
                    ]
                ))
    }

    @Test func sourceMapFollowsTheDottedPathConvention() throws {
        let path = SpecFixtures.example("acme.yaml")
        let map = try SpecLoader.load(contentsOf: path).sourceMap
        func at(_ key: String) -> String? {
            map.locations[key].map { "\($0.line):\($0.column)" }
        }
        #expect(map.locations["organization"]?.file == path)
        #expect(at("organization") == "4:1")
        #expect(at("organization.home-region") == "7:16")
        #expect(at("units.Security") == "11:3")
        #expect(at("units.Workloads") == "12:3")
        #expect(at("units.Workloads/NonProduction") == "13:3")
        #expect(at("accounts.prod") == "18:3")
        #expect(at("accounts.prod.unit") == "18:53")
        #expect(at("accounts.prod.user-data") == "18:108")
        #expect(at("people.bob") == "23:3")
        #expect(at("identity.provider") == "26:13")
        #expect(at("identity.mfa") == "27:8")
        #expect(at("identity.groups.engineers") == "30:5")
        #expect(at("identity.profiles.observer") == "35:5")
        #expect(at("identity.profiles.observer.data-access") == "35:74")
        #expect(at("identity.access[1]") == "39:7")
        #expect(at("identity.access[1].accounts") == "39:68")
        #expect(at("guardrails") == "43:1")
        #expect(at("guardrails[3]") == "43:74")
        #expect(at("audit-log") == "44:1")
        #expect(at("audit-log.retention") == "46:14")
        #expect(at("audit-log.sources[2]") == "49:46")
        // Lookups of unrecorded children fall back to the nearest ancestor.
        #expect(map.location(of: "accounts.prod.nonexistent") == map.locations["accounts.prod"])
    }

    @Test func sourceMapRecordsEveryDocumentedPathKind() throws {
        let org = try SpecLoader.load(contentsOf: SpecFixtures.example("acme.yaml"))
        var expected = [
            "version", "organization", "units", "accounts", "people", "identity", "guardrails", "audit-log",
            "identity.groups", "identity.profiles", "identity.access", "identity.provider", "identity.mfa",
        ]
        expected += ["name", "provider", "home-region", "regions", "frameworks"].map { "organization.\($0)" }
        expected += org.units.map { "units.\($0.path)" }
        expected += org.accounts.map { "accounts.\($0.key)" } + org.people.map { "people.\($0.key)" }
        expected += ["email", "unit", "stage", "user-data"].map { "accounts.prod.\($0)" }
        expected += ["accounts.management.role", "people.alice.email", "people.alice.name"]
        expected += org.identity.groups.map { "identity.groups.\($0.name)" }
        expected += org.identity.profiles.map { "identity.profiles.\($0.name)" }
        expected += ["policies", "session", "data-access"].map { "identity.profiles.observer.\($0)" }
        expected += org.identity.access.indices.map { "identity.access[\($0)]" }
        expected += ["identity.access[0].group", "identity.access[0].profile", "identity.access[0].accounts"]
        expected += ["identity.access[3].units", "identity.access[3].units[0]", "identity.access[2].accounts[2]"]
        expected += ["identity.groups.security[0]", "audit-log.readers[0]", "organization.regions[1]"]
        expected += ["organization.frameworks[0]", "identity.profiles.admin.policies[0]"]
        expected += org.guardrails.indices.map { "guardrails[\($0)]" }
        expected += ["archive", "retention", "immutable", "readers", "sources"].map { "audit-log.\($0)" }
        expected += org.auditLog.sources.indices.map { "audit-log.sources[\($0)]" }
        let missing = expected.filter { org.sourceMap.locations[$0] == nil }
        #expect(missing == [])
        #expect(org.sourceMap.locations.values.allSatisfy { $0.line > 0 && $0.column > 0 })
    }

    @Test func minimalSpecLoadsWithDefaults() throws {
        let org = try SpecLoader.load(yaml: SpecFixtures.minimal, file: "spec.yaml")
        #expect(org.settings.provider == .aws)
        #expect(org.settings.regions == ["eu-central-1"])
        #expect(org.settings.frameworks.isEmpty)
        #expect(org.identity.profiles.first?.sessionSeconds == 3600)
        #expect(org.identity.profiles.first?.dataAccess == .full)
        #expect(org.auditLog == AuditLogPolicy())
        #expect(org.guardrails.isEmpty)
    }

    @Test func localUsersAndBreakGlassRoleLoad() throws {
        let yaml =
            SpecFixtures.minimal + """

                  local-users:
                    ci: { account: prod, access-keys: true }
                audit-log:
                  archive: prod
                  break-glass-role: BreakGlass
                """
        let org = try SpecLoader.load(yaml: yaml, file: "spec.yaml")
        #expect(org.identity.localUsers == [LocalUser(name: "ci", account: "prod", console: false, accessKeys: true)])
        #expect(org.auditLog.breakGlassRole == "BreakGlass")
        #expect(org.sourceMap.locations["identity.local-users.ci"] != nil)
    }

    @Test func missingFileIsReportedWithoutALocation() {
        #expect(throws: DiagnosticsError.self) { try SpecLoader.load(contentsOf: "/nonexistent/org.yaml") }
        do {
            _ = try SpecLoader.load(contentsOf: "/nonexistent/org.yaml")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "error: cannot read spec '/nonexistent/org.yaml': no such file; write one with 'groundwork init'"
                ])
        }
    }
}

@Suite("Examples")
struct ExampleTests {
    @Test func brokenExampleLoads() throws {
        let org = try SpecLoader.load(contentsOf: SpecFixtures.example("broken.yaml"))
        #expect(org.identity.mfa == .optional)
        #expect(org.identity.access.contains { $0.person == "jane" })
        #expect(org.auditLog.immutable == false)
        #expect(org.auditLog.retention == RetentionPeriod(90, .days))
        #expect(org.identity.localUsers.map(\.name) == ["deploy-bot"])
    }

    @Test func invalidExampleReportsEveryMistake() {
        let path = SpecFixtures.example("invalid.yaml")
        do {
            _ = try SpecLoader.load(contentsOf: path)
            Issue.record("invalid.yaml loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" } == [
                    "11:48: accounts.prod.unit 'Prodution' is not a declared unit; did you mean 'Production'?",
                    "12:10: unknown key 'emial' in accounts.dev; did you mean 'email'?",
                    "19:56: identity.profiles.developer.session '90 minutes' is not a duration; write hours and minutes such as 1h, 30m, 1h30m or PT1H",
                    "21:16: identity.access[0].group 'engineer' is not a declared group; did you mean 'engineers'?",
                    "24:14: audit-log.retention '18m' is ambiguous; write months as 18mo (or days as 18d)",
                ])
        }
    }
}
