import Foundation
import Planner
import Support
import Testing

@Suite struct PlanTextFormatterTests {
    static let desired: [Resource] = [
        Fixture.unit("Workloads"), Fixture.unit("Workloads/Production"), Fixture.unit("Sandbox"),
        Fixture.account("prod", in: "Workloads/Production"),
        Fixture.account("dev", in: "Sandbox", email: "dev-new@example.com"),
        Fixture.guardrail(
            "deny-root-user",
            document: #"{"Statement":[{"Action":"*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#),
        Fixture.person("alice"), Fixture.group("admins"), Fixture.membership("admins", "alice"),
        Fixture.profile("Admin", session: 3600),
    ]

    static let live: [Resource] = Fixture.live([
        Fixture.unit("Sandbox"), Fixture.unit("Old"),
        Fixture.account("dev", in: "Old", email: "dev@example.com"),
        Fixture.guardrail(
            "deny-root-user",
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}"#),
        Fixture.person("alice"), Fixture.group("admins"), Fixture.person("mallory"),
        Fixture.profile("Admin", session: 43200),
    ])

    func plan(prune: Bool) throws -> Plan {
        try PlanBuilder.plan(
            desired: Self.desired, actual: Self.live, prune: prune, clock: .constant(Date(timeIntervalSince1970: 0)))
    }

    @Test func groupsByAreaWithMarkersFieldChangesAndUnmanaged() throws {
        let text = PlanTextFormatter().format(try plan(prune: false))
        #expect(
            text == """
                organization
                  + unit Workloads
                  + unit Workloads/Production (in Workloads)
                  → account dev: Old → Sandbox
                  ~ account dev
                      email: "dev@example.com" → "dev-new@example.com"
                  + account prod (in Workloads/Production)

                guardrails
                  ~ guardrail deny-root-user
                      document: document changed
                        - "Action": "iam:*",
                        + "Action": "*",

                identity
                  + membership admins/alice
                  ~ profile Admin
                      session-seconds: 43200 → 3600

                unmanaged (live, not in the spec; apply with --prune to delete them)
                  ? unit Old
                  ? person mallory

                Plan: 4 to create, 3 to update, 1 to move, 0 to delete; 2 unmanaged.

                """)
    }

    @Test func showsDeletionsWithPrune() throws {
        let text = PlanTextFormatter().format(try plan(prune: true))
        #expect(text.contains("  - unit Old\n"))
        #expect(text.contains("  - person mallory\n"))
        #expect(!text.contains("unmanaged"))
        #expect(text.hasSuffix("Plan: 4 to create, 3 to update, 1 to move, 2 to delete.\n"))
    }

    @Test func saysSoWhenNothingChanges() throws {
        let plan = try PlanBuilder.plan(
            desired: Fixture.organization, actual: Fixture.live(Fixture.organization), prune: false)
        #expect(PlanTextFormatter().format(plan) == "No changes: the live organization matches the spec.\n")
        let withExtras = try PlanBuilder.plan(
            desired: [], actual: Fixture.live([Fixture.person("mallory")]), prune: false)
        #expect(
            PlanTextFormatter().format(withExtras) == """
                unmanaged (live, not in the spec; apply with --prune to delete them)
                  ? person mallory

                No changes; 1 unmanaged.

                """)
    }

    @Test func colourIsOffByDefaultAndOnWhenAsked() throws {
        let plan = try plan(prune: true)
        #expect(!PlanTextFormatter().format(plan).contains("\u{1B}["))
        let coloured = PlanTextFormatter(colour: true).format(plan)
        #expect(coloured.contains("\u{1B}[32m+\u{1B}[0m unit Workloads"))
        #expect(coloured.contains("\u{1B}[31m-\u{1B}[0m unit Old"))
        #expect(coloured.contains("\u{1B}[36m→\u{1B}[0m account dev"))
        #expect(coloured.contains("\u{1B}[33m~\u{1B}[0m profile Admin"))
    }

    @Test func longDocumentDiffsAreCut() throws {
        let old = "{" + (0..<30).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        let new = "{" + (0..<30).map { "\"k\($0)\":\($0 + 1)" }.joined(separator: ",") + "}"
        let plan = try PlanBuilder.plan(
            desired: [Fixture.guardrail("g", document: new)],
            actual: [Fixture.guardrail("g", document: old, id: "p")],
            prune: false
        )
        let text = PlanTextFormatter(maxDocumentLines: 10).format(plan)
        #expect(text.contains("… 50 more changed lines"))
        #expect(
            text.components(separatedBy: "\n").filter { $0.hasPrefix("        - ") || $0.hasPrefix("        + ") }.count
                == 10)
    }
}

@Suite struct ApplyOutputTests {
    @Test func progressLinesCountFinishedSteps() throws {
        let plan = try PlanBuilder.plan(
            desired: [Fixture.unit("A"), Fixture.account("a", in: "A")], actual: [], prune: false)
        let unit = try #require(plan.step("create unit.A"))
        let account = try #require(plan.step("create account.a"))
        var progress = ExecutionProgress(total: 12)
        let formatter = PlanTextFormatter()
        progress.running = 1
        #expect(formatter.progressLine(.started(unit), progress) == "[ 0/12] + unit A: started")
        progress.succeeded = 1
        #expect(
            formatter.progressLine(.succeeded(unit, StepResult(providerID: "ou-1")), progress)
                == "[ 1/12] + unit A: done (id ou-1)")
        progress.failed = 1
        #expect(
            formatter.progressLine(.failed(unit, message: "access denied"), progress)
                == "[ 2/12] + unit A: failed: access denied")
        progress.skipped = 1
        #expect(
            formatter.progressLine(.skipped(account, cause: "create unit.A"), progress)
                == "[ 3/12] + account a: skipped because 'create unit.A' failed")
        progress.notStarted = 1
        #expect(formatter.progressLine(.notStarted(account), progress) == "[ 4/12] + account a: not started")
    }

    @Test func reportListsFailuresWithWhatTheyHeldBack() async throws {
        let provider = InMemoryProvider()
        await provider.setFailing(["create unit.A"])
        let desired = [Fixture.unit("A"), Fixture.account("a", in: "A"), Fixture.person("p")]
        let plan = try PlanBuilder.plan(desired: desired, actual: [], prune: false)
        let report = try await PlanExecutor(provider: provider).applyJustPlanned(plan)
        #expect(
            PlanTextFormatter().format(report) == """
                failed: create unit A: injected failure of 'create unit.A'
                  skipped because of it: create account a
                Apply incomplete: 1 of 3 changes made, 1 failed, 1 skipped, 0 not started. Fix the failures above, then run 'groundwork apply' again: it re-plans from the live organization and does only what is left.

                """)
    }
}
