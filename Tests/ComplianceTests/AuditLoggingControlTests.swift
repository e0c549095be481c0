import Compliance
import OrgModel
import Testing

@Suite struct AuditLoggingControlTests {
    @Test func alwaysNamesTheManagementRootUser() {
        let disablers = LoggingControl.disablers(LoggingControl.Input(managementAccount: "management (111111111111)"))
        #expect(disablers.map(\.name) == ["root user"])
        #expect(disablers.first?.kind == .root)
        #expect(
            disablers.first?.reasons == [
                "root user of the management account 'management (111111111111)', which no SCP restricts"
            ])
    }

    @Test func expandsGroupsAndBreakGlassAssumersAndMergesReasons() throws {
        let input = LoggingControl.Input(
            managementAccount: "management",
            managementPrincipals: [
                LoggingPrincipal(.group, "platform-admins", via: "permission set 'admin'"),
                LoggingPrincipal(.role, "OrganizationAdmin"),
                LoggingPrincipal(.group, "empty-group"),
            ],
            exemptedRoles: [
                ExemptedRole(
                    name: "BreakGlass", account: "management",
                    assumers: [LoggingPrincipal(.person, "alice"), LoggingPrincipal(.group, "security")])
            ],
            groupMembers: ["platform-admins": ["alice", "carol"], "security": ["dave"]]
        )
        let disablers = LoggingControl.disablers(input)
        #expect(
            disablers.map { "\($0.kind.rawValue):\($0.name)" } == [
                "root:root user", "person:alice", "person:carol", "person:dave", "group:empty-group",
                "role:BreakGlass", "role:OrganizationAdmin",
            ])
        let alice = try #require(disablers.first { $0.name == "alice" })
        #expect(alice.reasons.count == 2)
        #expect(alice.reasons[0].contains("member of group 'platform-admins' (permission set 'admin')"))
        #expect(alice.reasons[1].contains("can assume the exempted role 'BreakGlass'"))
        let role = try #require(disablers.first { $0.name == "BreakGlass" })
        #expect(role.reasons == ["exempted from the protect-audit-log guardrail in 'management'"])
    }

    @Test func readsTheInputFromTheModel() {
        let organization = Acme.with { organization in
            organization.accounts[0].id = "111111111111"
            organization.identity.groups.append(Group(name: "org-admins", members: ["alice"]))
            organization.identity.groups.append(Group(name: "billing", members: ["bob"]))
            organization.identity.profiles.append(PermissionProfile(name: "billing", policies: ["Billing"]))
            organization.identity.access.append(
                AccessGrant(group: "org-admins", profile: "developer", accounts: ["management"]))
            organization.identity.access.append(
                AccessGrant(group: "billing", profile: "billing", accounts: ["management"]))
            organization.auditLog.breakGlassRole = "BreakGlass"
        }
        let input = LoggingControl.input(
            from: organization, breakGlassAssumers: [LoggingPrincipal(.person, "dave")])
        #expect(input.managementAccount == "management (111111111111)")
        // PowerUserAccess can stop the trail; Billing cannot.
        #expect(input.managementPrincipals == [LoggingPrincipal(.group, "org-admins", via: "profile 'developer'")])
        let names = LoggingControl.disablers(input).map(\.name)
        #expect(names == ["root user", "alice", "dave", "BreakGlass"])
    }

    @Test(arguments: [
        (["ReadOnlyAccess"], false), (["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"], false),
        (["SecurityAudit", "CloudWatchReadOnlyAccess"], false), (["PowerUserAccess"], true),
        (["SecurityAudit", "custom-policy"], true), (["AdministratorAccess"], true), ([], false),
    ])
    func judgesWhichProfilesCanChangeLogging(policies: [String], expected: Bool) {
        #expect(LoggingControl.canChangeLogging(PermissionProfile(name: "p", policies: policies)) == expected)
    }
}
