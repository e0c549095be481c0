import Foundation
import Planner
import Support
import Testing

@Suite struct PlanBuilderTests {
    let clock = DateGenerator.constant(Date(timeIntervalSince1970: 1_780_000_000))

    func plan(_ desired: [Resource], _ actual: [Resource], prune: Bool = false) throws -> Plan {
        try PlanBuilder.plan(desired: desired, actual: actual, prune: prune, specHash: "spec", clock: clock)
    }

    func position(_ plan: Plan, _ action: PlanAction, _ kind: ResourceKind, _ name: String) throws -> Int {
        try #require(plan.steps.firstIndex { $0.id == PlanStep.id(action, ResourceAddress(kind, name)) })
    }

    @Test func createsEverythingForAnEmptyOrganization() throws {
        let plan = try plan(Fixture.organization, [])
        #expect(plan.steps.count == Fixture.organization.count)
        #expect(plan.steps.allSatisfy { $0.action == .create && $0.actual == nil && $0.desired != nil })
        #expect(plan.summary == PlanSummary(create: Fixture.organization.count))
        #expect(!plan.isEmpty)
    }

    @Test func noChangesWhenLiveMatchesTheSpec() throws {
        let plan = try plan(Fixture.organization, Fixture.live(Fixture.organization))
        #expect(plan.isEmpty)
        #expect(plan.unmanaged.isEmpty)
        #expect(plan.summary.description == "No changes.")
    }

    @Test func documentsDifferingOnlyInLayoutAreNoChange() throws {
        let desired = Fixture.guardrail(
            "g", document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*"}]}"#)
        let live = Fixture.guardrail(
            "g",
            document:
                "{\n  \"Statement\": [ { \"Action\": \"*\", \"Effect\": \"Deny\" } ],\n  \"Version\": \"2012-10-17\"\n}",
            id: "p-1")
        #expect(try plan([desired], [live]).isEmpty)

        let changed = Fixture.guardrail(
            "g", document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}"#, id: "p-1")
        let update = try #require(try plan([desired], [changed]).steps.first)
        #expect(update.action == .update)
        #expect(update.changes.map(\.name) == ["document"])
    }

    @Test func updateListsOnlyChangedFieldsOldToNew() throws {
        var desired = Fixture.profile("Admin", session: 3600)
        desired.attributes["policies"] = .list([.string("AdministratorAccess")])
        var live = Fixture.profile("Admin", session: 43200, id: "ps-1")
        live.attributes["policies"] = .list([.string("AdministratorAccess")])
        live.attributes["arn"] = .string("arn:aws:sso:::permissionSet/ps-1")  // live-only, not compared
        let plan = try plan([desired], [live])
        let step = try #require(plan.steps.first)
        #expect(plan.steps.count == 1)
        #expect(step.action == .update)
        #expect(step.providerID == "ps-1")
        #expect(step.changes == [AttributeChange(name: "session-seconds", old: .int(43200), new: .int(3600))])
    }

    @Test func aFieldMissingLiveIsAnUpdateFromNone() throws {
        var desired = Fixture.account("prod", in: nil)
        desired.attributes["owner"] = .string("platform")
        let step = try #require(try plan([desired], [Fixture.account("prod", in: nil, id: "111")]).steps.first)
        #expect(step.changes == [AttributeChange(name: "owner", old: nil, new: .string("platform"))])
    }

    @Test func parentChangeIsAMoveAndAnUpdateWaitsForIt() throws {
        let desired = [Fixture.unit("Sandbox"), Fixture.account("dev", in: "Sandbox", email: "new@example.com")]
        let actual = Fixture.live([Fixture.unit("Sandbox"), Fixture.unit("Old"), Fixture.account("dev", in: "Old")])
        let plan = try plan(desired, actual)
        let move = try #require(plan.step("move account.dev"))
        #expect(move.fromParent == ResourceAddress(.unit, "Old"))
        #expect(move.toParent == ResourceAddress(.unit, "Sandbox"))
        let update = try #require(plan.step("update account.dev"))
        #expect(update.dependsOn == ["move account.dev"])
        #expect(plan.summary == PlanSummary(update: 1, move: 1, unmanaged: 1))
    }

    @Test func liveExtrasAreUnmanagedWithoutPruneAndDeletedWithIt() throws {
        let desired = [Fixture.account("prod", in: nil)]
        let actual = Fixture.live([
            Fixture.account("prod", in: nil), Fixture.account("legacy", in: nil), Fixture.person("mallory"),
        ])

        let kept = try plan(desired, actual, prune: false)
        #expect(kept.isEmpty)
        #expect(kept.unmanaged.map(\.address.description) == ["account.legacy", "person.mallory"])
        #expect(kept.summary.description == "No changes; 2 unmanaged.")

        let pruned = try plan(desired, actual, prune: true)
        #expect(pruned.steps.map(\.id) == ["delete account.legacy", "delete person.mallory"])
        #expect(pruned.steps.map(\.providerID) == ["live-account.legacy", "live-person.mallory"])
        #expect(pruned.unmanaged.isEmpty)
        #expect(pruned.summary.description == "Plan: 0 to create, 0 to update, 0 to move, 2 to delete.")
    }

    @Test func pruneNeverDeletesProtectedResourcesOrWhatHoldsThem() throws {
        var legacy = Fixture.account("legacy", in: "Old/Inner", id: "222")
        legacy.preventDeletion = true
        let live = Fixture.live([
            Fixture.unit("Old"), Fixture.unit("Old/Inner"), Fixture.unit("Other"), Fixture.person("mallory"),
        ])
        let plan = try plan([], live + [legacy], prune: true)
        #expect(plan.steps.map(\.id) == ["delete unit.Other", "delete person.mallory"])
        #expect(plan.unmanaged.map(\.address.description) == ["unit.Old", "unit.Old/Inner", "account.legacy"])
        #expect(plan.summary.description == "Plan: 0 to create, 0 to update, 0 to move, 2 to delete; 3 unmanaged.")
        let text = PlanTextFormatter().format(plan)
        #expect(text.contains("kept (live, not in the spec, protected from deletion)\n"))
        #expect(text.contains("  ? account legacy (protected)\n"))
        #expect(text.contains("  ? unit Old (holds protected resources)\n"))
    }

    @Test func createsWaitForTheirParentsAndDependencies() throws {
        let plan = try plan(Fixture.organization, [])
        let checks: [((ResourceKind, String), (ResourceKind, String))] = [
            ((.unit, "Workloads"), (.unit, "Workloads/Production")),
            ((.unit, "Workloads/Production"), (.account, "prod")),
            ((.group, "admins"), (.membership, "admins/alice")),
            ((.person, "alice"), (.membership, "admins/alice")),
            ((.profile, "Admin"), (.assignment, "admins/Admin/prod")),
            ((.account, "prod"), (.assignment, "admins/Admin/prod")),
        ]
        for (first, then) in checks {
            let before = try position(plan, .create, first.0, first.1)
            let after = try position(plan, .create, then.0, then.1)
            #expect(before < after, "\(first) must come before \(then)")
            let step = try #require(plan.step(PlanStep.id(.create, ResourceAddress(then.0, then.1))))
            #expect(step.dependsOn.contains(PlanStep.id(.create, ResourceAddress(first.0, first.1))))
        }
        #expect(try #require(plan.step("create unit.Workloads")).dependsOn.isEmpty)
    }

    @Test func movesWaitForTheNewParentToBeCreated() throws {
        let desired = [Fixture.unit("New"), Fixture.account("dev", in: "New")]
        let plan = try plan(desired, Fixture.live([Fixture.account("dev", in: nil)]))
        #expect(plan.steps.map(\.id) == ["create unit.New", "move account.dev"])
        #expect(plan.steps[1].dependsOn == ["create unit.New"])
    }

    @Test func deletesRunInReverseDependencyOrder() throws {
        let live = Fixture.live([
            Fixture.unit("Old"), Fixture.unit("Old/Inner"), Fixture.account("moving", in: "Old/Inner"),
            Fixture.account("gone", in: "Old/Inner"), Fixture.group("g"), Fixture.person("p"),
            Fixture.membership("g", "p"),
        ])
        let plan = try plan([Fixture.account("moving", in: nil)], live, prune: true)
        let deleteOld = try position(plan, .delete, .unit, "Old")
        let deleteInner = try position(plan, .delete, .unit, "Old/Inner")
        #expect(deleteInner < deleteOld)
        #expect(try position(plan, .delete, .account, "gone") < deleteInner)
        #expect(try position(plan, .move, .account, "moving") < deleteInner)
        #expect(try position(plan, .delete, .membership, "g/p") < position(plan, .delete, .group, "g"))
        #expect(try position(plan, .delete, .membership, "g/p") < position(plan, .delete, .person, "p"))
        let inner = try #require(plan.step("delete unit.Old/Inner"))
        #expect(inner.dependsOn == ["delete account.gone", "move account.moving"])
    }

    @Test func stepsAreGroupedByAreaThenCreatesBeforeDeletes() throws {
        let desired = [Fixture.person("alice"), Fixture.unit("A"), Fixture.guardrail("g", document: "{}")]
        let live = Fixture.live([Fixture.person("zed"), Fixture.unit("Z")])
        let plan = try plan(desired, live, prune: true)
        #expect(
            plan.steps.map(\.id) == [
                "create unit.A", "delete unit.Z", "create guardrail.g", "create person.alice", "delete person.zed",
            ])
    }

    @Test func thePlanDoesNotDependOnInputOrder() throws {
        let live = Fixture.live([
            Fixture.unit("Old"), Fixture.account("legacy", in: "Old"), Fixture.profile("Admin", session: 60),
        ])
        let first = try plan(Fixture.organization, live, prune: true)
        for seed in 0..<5 {
            var generator = SplitMix(seed: UInt64(seed))
            let shuffled = try plan(
                Fixture.organization.shuffled(using: &generator), live.shuffled(using: &generator), prune: true)
            #expect(shuffled == first)
        }
        #expect(first.id.count == 16)
    }

    @Test func rejectsDuplicateAddresses() throws {
        let error = #expect(throws: PlannerError.self) {
            try plan([Fixture.person("alice"), Fixture.person("alice")], [])
        }
        #expect(error?.code == .duplicateAddress)
        #expect(error?.message == "the spec declares 'person.alice' twice; give each person a distinct name")

        let live = #expect(throws: PlannerError.self) {
            try plan([], [Fixture.account("prod", in: nil, id: "111"), Fixture.account("prod", in: nil, id: "222")])
        }
        #expect(
            live?.message
                == "the live organization has two of 'account.prod' (ids '111' and '222'); rename one so each account has its own name, then plan again"
        )
    }

    @Test func rejectsReferencesToUndeclaredResources() throws {
        let error = #expect(throws: PlannerError.self) {
            try plan([Fixture.account("prod", in: "Workloads")], [])
        }
        #expect(error?.code == .missingDependency)
        #expect(
            error?.message
                == "'account.prod' needs 'unit.Workloads', which the spec does not declare; declare 'Workloads' or remove the reference to it"
        )
    }

    @Test func rejectsDependencyCycles() throws {
        let a = Resource(ResourceAddress(.unit, "A"), area: .organization, parent: ResourceAddress(.unit, "B"))
        let b = Resource(ResourceAddress(.unit, "B"), area: .organization, parent: ResourceAddress(.unit, "A"))
        let error = #expect(throws: PlannerError.self) {
            try plan([a, b, Fixture.person("ok")], [])
        }
        #expect(error?.code == .dependencyCycle)
        #expect(error?.message.contains("'create unit.A', 'create unit.B'") == true)
    }
}

/// A seeded generator so shuffles are reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
