import Compliance
import OrgModel
import Testing

@Suite struct AuditMatrixTests {
    @Test func resolvesProfilesThroughGroupsAndUnitGrants() throws {
        let matrix = SeparationOfDutiesMatrix(Acme.organization)
        #expect(matrix.rows.map(\.person) == ["alice", "bob", "dave"])

        let bob = try #require(matrix.rows.first { $0.person == "bob" })
        #expect(bob.cell(.production).profiles == ["observer"])
        #expect(bob.cell(.nonProduction).profiles == ["developer"])
        #expect(bob.cell(.nonProduction).through == ["engineers"])
        #expect(bob.cell(.management).isEmpty && bob.cell(.security).isEmpty)
        #expect(!bob.cell(.production).isAdmin)

        // dave's security-audit reaches production and non-production through the unit grant on Workloads.
        let dave = try #require(matrix.rows.first { $0.person == "dave" })
        #expect(dave.cell(.production).profiles == ["security-audit"])
        #expect(dave.cell(.nonProduction).profiles == ["security-audit"])
        #expect(dave.cell(.security).profiles == ["admin"])
        #expect(dave.cell(.security).isAdmin)
        #expect(!dave.isConcentrated)
        #expect(matrix.concentrated.isEmpty)
    }

    @Test func flagsAdminInManagementSecurityAndProductionAtOnce() throws {
        let organization = Acme.with { organization in
            organization.identity.groups.append(Group(name: "root-admins", members: ["alice"]))
            organization.identity.access.append(
                AccessGrant(group: "root-admins", profile: "admin", accounts: ["management", "audit"]))
        }
        let matrix = SeparationOfDutiesMatrix(organization)
        let alice = try #require(matrix.rows.first { $0.person == "alice" })
        #expect(alice.isConcentrated)
        #expect(alice.cell(.management).through == ["root-admins"])
        #expect(alice.cell(.production).through == ["platform-admins"])
        #expect(matrix.concentrated == ["alice"])
        // The rule reading the same index agrees.
        #expect(AdminConcentrationRule().evaluate(organization).map(\.resource) == ["people.alice"])
    }

    @Test func adminWithoutSecurityIsNotConcentrated() throws {
        let organization = Acme.with { organization in
            organization.identity.access.append(
                AccessGrant(person: "alice", profile: "admin", accounts: ["management"]))
        }
        let alice = try #require(SeparationOfDutiesMatrix(organization).rows.first { $0.person == "alice" })
        #expect(alice.cell(.management).isAdmin && alice.cell(.production).isAdmin)
        #expect(alice.cell(.management).through == ["direct"])
        #expect(!alice.isConcentrated)
    }

    @Test func listsPeopleNamedOnlyByADirectGrant() {
        let organization = Acme.with { organization in
            organization.identity.access.append(AccessGrant(person: "mallory", profile: "admin", accounts: ["prod"]))
        }
        let matrix = SeparationOfDutiesMatrix(organization)
        #expect(matrix.rows.map(\.person) == ["alice", "bob", "dave", "mallory"])
        #expect(matrix.rows.last?.cell(.production).isAdmin == true)
    }
}
