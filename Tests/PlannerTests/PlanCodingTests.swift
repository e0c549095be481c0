import Foundation
import Planner
import Support
import Testing

@Suite struct PlanCodingTests {
    let clock = DateGenerator.constant(Date(timeIntervalSince1970: 1_780_000_000.75))

    func samplePlan() throws -> Plan {
        let live = Fixture.live([
            Fixture.unit("Old"), Fixture.account("legacy", in: "Old"), Fixture.profile("Admin", session: 60),
        ])
        return try PlanBuilder.plan(
            desired: Fixture.organization, actual: live, prune: true, specHash: "sha256:spec", clock: clock)
    }

    @Test func roundTripsThroughJSON() throws {
        let plan = try samplePlan()
        let decoded = try Plan.decode(plan.encoded())
        #expect(decoded == plan)
        #expect(decoded.createdAt == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(decoded.specHash == "sha256:spec")
        #expect(decoded.providerIDs[ResourceAddress(.unit, "Old")] == "live-unit.Old")
    }

    @Test func resourcesRoundTripAndOmitDefaults() throws {
        var protected = Fixture.account("legacy", in: "Old", id: "222")
        protected.preventDeletion = true
        let plain = Fixture.person("alice")
        let data = try JSONEncoder().encode([protected, plain])
        #expect(try JSONDecoder().decode([Resource].self, from: data) == [protected, plain])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "preventDeletion").count == 2)
        let minimal = try JSONDecoder().decode(
            Resource.self, from: Data(#"{"address":"group.g","area":"identity"}"#.utf8))
        #expect(minimal == Fixture.group("g"))
    }

    @Test func savesAVersionedReadableFile() throws {
        let text = String(decoding: try samplePlan().encoded(), as: UTF8.self)
        #expect(text.contains(#""formatVersion" : 1"#))
        #expect(text.contains(#""stateFingerprint" : "sha256:"#))
        #expect(text.contains(#""unit.Old" : "live-unit.Old""#))
        #expect(text.contains(#""id" : "update profile.Admin""#))
    }

    @Test func theIdDependsOnContentNotTime() throws {
        let live = Fixture.live([Fixture.unit("Old")])
        let early = try PlanBuilder.plan(
            desired: [], actual: live, prune: true, clock: .constant(Date(timeIntervalSince1970: 0)))
        let late = try PlanBuilder.plan(
            desired: [], actual: live, prune: true, clock: .constant(Date(timeIntervalSince1970: 9_000)))
        let kept = try PlanBuilder.plan(
            desired: [], actual: live, prune: false, clock: .constant(Date(timeIntervalSince1970: 0)))
        #expect(early.id == late.id)
        #expect(early.id != kept.id)
    }

    @Test func refusesAnotherFormatVersion() throws {
        let text = String(decoding: try samplePlan().encoded(), as: UTF8.self)
            .replacingOccurrences(of: #""formatVersion" : 1"#, with: #""formatVersion" : 2"#)
        let error = #expect(throws: PlannerError.self) { try Plan.decode(Data(text.utf8)) }
        #expect(error?.code == .unsupportedFormatVersion)
        #expect(error?.message.contains("format version 2") == true)
    }

    @Test func refusesAPlanEditedAfterSaving() throws {
        let text = String(decoding: try samplePlan().encoded(), as: UTF8.self)
            .replacingOccurrences(of: #""int" : 3600"#, with: #""int" : 60"#)
        let error = #expect(throws: PlannerError.self) { try Plan.decode(Data(text.utf8)) }
        #expect(error?.code == .invalidPlanFile)
        #expect(error?.message.contains("was changed after it was saved") == true)
    }

    @Test(arguments: ["", "{}", "[1,2]", "not json"])
    func refusesWhatIsNotAPlan(_ text: String) {
        let error = #expect(throws: PlannerError.self) { try Plan.decode(Data(text.utf8)) }
        #expect(error?.code == .invalidPlanFile)
    }

    @Test func fingerprintIgnoresOrderAndDocumentLayoutButNotContent() {
        let a = Fixture.guardrail("g", document: #"{"a":1,"b":2}"#, id: "p-1")
        let b = Fixture.person("alice", id: "u-1")
        let relaid = Fixture.guardrail("g", document: "{ \"b\": 2,\n \"a\": 1 }", id: "p-1")
        #expect(StateFingerprint.of([a, b]) == StateFingerprint.of([b, relaid]))
        #expect(StateFingerprint.of([a, b]) != StateFingerprint.of([a]))
        #expect(
            StateFingerprint.of([a])
                != StateFingerprint.of([Fixture.guardrail("g", document: #"{"a":1,"b":3}"#, id: "p-1")]))
        #expect(
            StateFingerprint.of([a])
                != StateFingerprint.of([Fixture.guardrail("g", document: #"{"a":1,"b":2}"#, id: "p-2")]))
        #expect(StateFingerprint.of([]).hasPrefix("sha256:"))
    }

    @Test func verifyFreshRefusesMovedState() throws {
        let live = Fixture.live([Fixture.unit("Old")])
        let plan = try PlanBuilder.plan(desired: [Fixture.unit("Old")], actual: live, prune: false)
        try plan.verifyFresh(against: live.reversed())
        let error = #expect(throws: PlannerError.self) {
            try plan.verifyFresh(against: live + [Fixture.person("eve", id: "u-9")])
        }
        #expect(error?.code == .stalePlan)
        #expect(error?.message.contains("run 'groundwork plan' again") == true)
    }
}
