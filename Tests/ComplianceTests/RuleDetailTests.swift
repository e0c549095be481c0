import Compliance
import Foundation
import OrgModel
import Support
import Testing

/// Cases beyond one pass and one fail per rule: the edges each rule's definition draws.
@Suite struct RuleDetailTests {
    @Test func dataFreeProfileGrantedOnAParentUnitCovers() {
        let organization = Acme.with { org in
            org.identity.access[1] = AccessGrant(group: "engineers", profile: "observer", units: ["Workloads"])
        }
        #expect(DataFreeProfileRule().evaluate(organization).isEmpty)
    }

    @Test func managementMayBeGrantedToOrganizationAdminsAndReaders() {
        let organization = Acme.with { org in
            org.people.append(Person(key: "erin", email: "erin@acme.example"))
            org.identity.groups.append(Group(name: "org-admins", members: ["erin"]))
            org.identity.access.append(AccessGrant(group: "org-admins", profile: "admin", accounts: ["management"]))
            org.identity.access.append(
                AccessGrant(group: "security", profile: "security-audit", accounts: ["management"]))
        }
        #expect(ManagementAccessRule().evaluate(organization).isEmpty)
        #expect(AdminConcentrationRule().evaluate(organization).isEmpty)
    }

    @Test func adminSplitAcrossPeopleIsNotConcentrated() {
        let organization = Acme.with { org in
            org.people.append(Person(key: "erin", email: "erin@acme.example"))
            org.identity.groups.append(Group(name: "org-admins", members: ["erin"]))
            org.identity.access.append(
                AccessGrant(group: "org-admins", profile: "admin", accounts: ["management", "log-archive"]))
        }
        #expect(AdminConcentrationRule().evaluate(organization).isEmpty)
        // Adding erin to platform-admins gives her production too.
        var concentrated = organization
        concentrated.identity.groups[0].members.append("erin")
        #expect(AdminConcentrationRule().evaluate(concentrated).map(\.resource) == ["people.erin"])
    }

    @Test func nonAdminProfilesDoNotCountAsAdmin() {
        let organization = Acme.with { org in
            org.identity.access.append(
                AccessGrant(group: "platform-admins", profile: "security-audit", accounts: ["management", "audit"]))
        }
        #expect(AdminConcentrationRule().evaluate(organization).isEmpty)
    }

    @Test func retentionMeetsPCIWithTwelveMonthsAndHIPAAWithSixYears() {
        let pci = Acme.with { org in
            org.settings.frameworks = [.pciDSS]
            org.auditLog.retention = RetentionPeriod(12, .months)
        }
        #expect(RetentionRule().evaluate(pci).isEmpty)
        let hipaa = Acme.with { org in
            org.settings.frameworks = [.hipaa, .soc2]
            org.auditLog.retention = RetentionPeriod(6, .years)
        }
        #expect(RetentionRule().evaluate(hipaa).isEmpty)
        let short = Acme.with { org in
            org.settings.frameworks = [.hipaa, .soc2]
            org.auditLog.retention = RetentionPeriod(5, .years)
        }
        #expect(
            RetentionRule().evaluate(short).map(\.message) == [
                "audit-log retention '5y' is shorter than the 6y HIPAA Security Rule (45 CFR 164.316(b)(2)(i)) requires"
            ])
    }

    @Test func groundworkFloorAppliesWithoutFrameworks() {
        let organization = Acme.with { org in
            org.settings.frameworks = []
            org.auditLog.retention = RetentionPeriod(300, .days)
        }
        #expect(RetentionRule().evaluate(organization).first?.message.contains("Groundwork's floor") == true)
    }

    @Test func gdprRetentionAtTheObligationPasses() {
        let organization = Acme.with { org in
            org.settings.frameworks = [.hipaa, .gdpr]
            org.auditLog.retention = RetentionPeriod(6, .years)
        }
        #expect(RetentionLimitRule().evaluate(organization).isEmpty)
    }

    @Test func aDeclaredMaximumBelowARequiredMinimumIsAConflict() throws {
        let bundled = FrameworkCatalogue.bundled
        let retention = bundled.retention.map { entry in
            var entry = entry
            if entry.framework == .gdpr { entry.maximum = RetentionPeriod(2, .years) }
            return entry
        }
        let catalogue = FrameworkCatalogue(
            frameworks: bundled.frameworks,
            retentionFloor: bundled.retentionFloor,
            retention: retention,
            mappings: bundled.mappings
        )
        let hipaa = Acme.with { org in
            org.settings.frameworks = [.hipaa, .gdpr]
            org.auditLog.retention = RetentionPeriod(6, .years)
        }
        let conflict = try #require(RetentionLimitRule().evaluate(RuleContext(hipaa, catalogue: catalogue)).first)
        #expect(conflict.severity == .low)
        #expect(
            conflict.message.hasPrefix(
                "conflict: HIPAA Security Rule (45 CFR 164.316(b)(2)(i)) requires at least 6y but GDPR (GDPR Art. 5(1)(e)) allows at most 2y"
            ))
        #expect(conflict.controls == ["GDPR Art. 5(1)(e)"])

        let soc2 = Acme.with { org in
            org.settings.frameworks = [.soc2, .gdpr]
            org.auditLog.retention = RetentionPeriod(3, .years)
        }
        let exceeds = try #require(RetentionLimitRule().evaluate(RuleContext(soc2, catalogue: catalogue)).first)
        #expect(exceeds.message == "audit-log retention '3y' exceeds the 2y GDPR (GDPR Art. 5(1)(e)) allows")
    }

    @Test func catalogueLoadsFromADirectoryAndRejectsBadDurations() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"frameworks": []}"#.write(
            to: directory.appendingPathComponent("frameworks.json"), atomically: true, encoding: .utf8)
        try #"{"rules": []}"#.write(
            to: directory.appendingPathComponent("mappings.json"), atomically: true, encoding: .utf8)
        try #"{"floor": {"minimum": "18mo", "source": "test"}, "frameworks": []}"#
            .write(to: directory.appendingPathComponent("retention.json"), atomically: true, encoding: .utf8)
        #expect(try FrameworkCatalogue.load(from: directory).retentionFloor.minimum == RetentionPeriod(18, .months))

        try #"{"floor": {"minimum": "a year", "source": "test"}, "frameworks": []}"#
            .write(to: directory.appendingPathComponent("retention.json"), atomically: true, encoding: .utf8)
        #expect(throws: CatalogueError.self) { try FrameworkCatalogue.load(from: directory) }
    }

    @Test(arguments: [
        "aws-management@acme.example", "cloud.admin@acme.example", "aws+mgmt@acme.example", "billing_team@acme.example",
        "root@acme.example",
    ])
    func roleAliasesPass(email: String) {
        let organization = Acme.with { $0.updateAccount("management") { $0.email = email } }
        #expect(ManagementEmailRule().evaluate(organization).isEmpty)
    }

    @Test(arguments: [
        ("dave@acme.example", "is the address of person 'dave'"),
        ("bob+aws@acme.example", "is the address of person 'bob'"),
        ("alice.doe@acme.example", "is built from the name of person 'alice'"),
        ("adoe@acme.example", "is built from the name of person 'alice'"),
        ("ops@gmail.com", "is a personal mailbox at 'gmail.com'"),
        ("jane_smith@acme.example", "looks like a person's name"),
    ])
    func personalAddressesFail(email: String, reason: String) throws {
        let organization = Acme.with { $0.updateAccount("management") { $0.email = email } }
        let finding = try #require(ManagementEmailRule().evaluate(organization).first)
        #expect(finding.message == "management account 'management' uses '\(email)', which \(reason), not a role alias")
        #expect(finding.location?.line == 13 && finding.location?.column == 18)
    }
}
