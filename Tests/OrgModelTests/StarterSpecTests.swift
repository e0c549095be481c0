import OrgModel
import Testing

@Suite("Starter spec")
struct StarterSpecTests {
    @Test(arguments: [
        ("acme", [Framework.soc2, .iso27001]), ("Acme Health", [.hipaa, .gdpr]), ("shop", [.pciDSS]),
        ("true", []), ("Zoë's \"Lab\"", [.nist80053]),
    ])
    func loadsCleanly(name: String, frameworks: [Framework]) throws {
        let text = StarterSpec.render(name: name, frameworks: frameworks)
        let org = try SpecLoader.load(yaml: text, file: "organization.yaml")
        #expect(org.settings.name == name)
        #expect(org.settings.frameworks == frameworks)
    }

    @Test func followsTheBlueprint() throws {
        let org = try SpecLoader.load(yaml: StarterSpec.render(name: "acme", frameworks: [.soc2]), file: "o.yaml")
        #expect(org.units.map(\.path) == ["Security", "Workloads", "Workloads/Production", "Workloads/NonProduction"])
        #expect(org.accounts(withRole: .management).map(\.key) == ["management"])
        #expect(org.account("management")?.unit == nil)
        #expect(org.account("log-archive")?.unit == "Security")
        #expect(org.account("audit")?.role == .securityTooling)
        #expect(org.account("prod")?.unit == "Workloads/Production")
        #expect(org.account("prod")?.userData == true)
        #expect(org.accounts.filter(\.userData).map(\.key) == ["prod"])
        #expect(org.account("staging")?.unit == "Workloads/NonProduction")
        #expect(org.account("dev")?.stage == .development)
        #expect(org.identity.provider == .awsIdentityCenter)
        #expect(org.identity.mfa == .required)
        #expect(org.identity.localUsers.isEmpty)
        #expect(org.identity.access.allSatisfy { $0.group != nil && $0.person == nil })
        let observer = try #require(org.identity.profile("observer"))
        #expect(observer.dataAccess == .none)
        #expect(org.identity.access.contains { $0.profile == "observer" && $0.accounts.contains("prod") })
        #expect(org.guardrails == Guardrail.allCases)
        #expect(org.auditLog.archive == "log-archive")
        #expect(org.auditLog.immutable)
        #expect(org.auditLog.readers == ["security"])
        #expect(org.auditLog.sources.contains(.awsCloudTrail))
        #expect(org.auditLog.sources.contains(.identityCenter))
        #expect(org.auditLog.sources.contains(.github(organization: "acme")))
        #expect(org.account("management")?.email == "aws-management@acme.example")
    }

    @Test(arguments: [
        ([Framework.soc2], RetentionPeriod(1, .years)), ([.iso27001, .pciDSS], RetentionPeriod(1, .years)),
        ([.hipaa], RetentionPeriod(6, .years)), ([.soc2, .hipaa, .pciDSS], RetentionPeriod(6, .years)),
    ])
    func retentionMeetsTheStrictestFramework(frameworks: [Framework], expected: RetentionPeriod) throws {
        let org = try SpecLoader.load(yaml: StarterSpec.render(name: "acme", frameworks: frameworks), file: "o.yaml")
        #expect(org.auditLog.retention == expected)
        #expect(try #require(org.auditLog.retention) >= RetentionPeriod(12, .months))
        #expect(try #require(org.auditLog.retention) >= RetentionPeriod(365, .days))
    }

    @Test func gdprPicksAnEUHomeRegion() throws {
        let org = try SpecLoader.load(yaml: StarterSpec.render(name: "acme", frameworks: [.gdpr]), file: "o.yaml")
        #expect(org.settings.homeRegion == "eu-central-1")
        #expect(org.settings.regions == ["eu-central-1"])
    }

    @Test func oddNamesMakeAValidEmailDomain() throws {
        let org = try SpecLoader.load(
            yaml: StarterSpec.render(name: "Acme Health, Inc.", frameworks: []), file: "o.yaml")
        #expect(org.account("prod")?.email == "aws-prod@acme-health-inc.example")
        #expect(org.auditLog.sources.contains(.github(organization: "acme-health-inc")))
    }
}
