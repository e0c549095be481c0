import Foundation
import Planner
import Support
import Synchronization
import Testing

/// Collects what the executor reports, from its `onEvent` callback.
final class EventLog: Sendable {
    private let storage = Mutex<[(ExecutionEvent, ExecutionProgress)]>([])

    func append(_ event: ExecutionEvent, _ progress: ExecutionProgress) {
        storage.withLock { $0.append((event, progress)) }
    }
    var events: [ExecutionEvent] { storage.withLock { $0.map(\.0) } }
    var progress: [ExecutionProgress] { storage.withLock { $0.map(\.1) } }
    var successes: Int { storage.withLock { $0.filter { if case .succeeded = $0.0 { true } else { false } }.count } }
}

/// A journal file in a fresh temporary directory.
struct TemporaryJournal: ~Copyable {
    let url: URL

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "planner-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent("apply.jsonl")
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
}

@Suite struct PlanExecutorTests {
    static let time = Date(timeIntervalSince1970: 1_780_000_000)
    let clock = DateGenerator.constant(PlanExecutorTests.time)

    func people(_ count: Int) -> [Resource] { (0..<count).map { Fixture.person("p\($0)") } }

    func plan(_ desired: [Resource], on provider: InMemoryProvider, prune: Bool = false) async throws -> Plan {
        try PlanBuilder.plan(desired: desired, actual: try await provider.currentState(), prune: prune, clock: clock)
    }

    @Test(arguments: [1, 2, 5])
    func neverRunsMoreStepsThanTheBound(parallelism: Int) async throws {
        let provider = InMemoryProvider()
        await provider.setDelay(.milliseconds(3))
        let plan = try await plan(people(12), on: provider)
        let report = try await PlanExecutor(provider: provider, parallelism: parallelism, clock: clock)
            .applyJustPlanned(plan)
        #expect(report.isComplete)
        #expect(await provider.peakInFlight <= parallelism)
        #expect(await provider.peakInFlight == parallelism)
    }

    @Test func kindLimitsBoundOneKindWhileOthersUseTheRest() async throws {
        let provider = InMemoryProvider()
        await provider.setDelay(.milliseconds(3))
        let accounts = (0..<6).map { Fixture.account("a\($0)", in: nil) }
        let plan = try await plan(accounts + people(6), on: provider)
        let executor = PlanExecutor(provider: provider, parallelism: 4, kindLimits: [.account: 1], clock: clock)
        let report = try await executor.applyJustPlanned(plan)
        #expect(report.isComplete)
        #expect(await provider.peakInFlightByKind[.account] == 1)
        #expect(await provider.peakInFlightByKind[.person] == 3)
        #expect(await provider.peakInFlight == 4)
    }

    @Test func buildsAnOrganizationInDependencyOrderWithProgress() async throws {
        let provider = InMemoryProvider()
        let log = EventLog()
        let executor = PlanExecutor(provider: provider, parallelism: 4, clock: clock, onEvent: log.append)
        let plan = try await plan(Fixture.organization, on: provider)
        let report = try await executor.applyJustPlanned(plan)

        #expect(report.isComplete, "\(report.outcomes)")
        #expect(report.summary == "Apply complete: \(plan.steps.count) of \(plan.steps.count) changes made.")
        #expect(try await self.plan(Fixture.organization, on: provider).isEmpty)
        // The assignment was handed the id the account got earlier in the same run.
        let assignment = try #require(await provider.contexts["create assignment.admins/Admin/prod"])
        let prod = try #require(await provider.resources[ResourceAddress(.account, "prod")])
        #expect(assignment.providerID(for: ResourceAddress(.account, "prod")) == prod.providerID)
        #expect(assignment.planID == plan.id)

        let last = try #require(log.progress.last)
        #expect(last.succeeded == plan.steps.count && last.running == 0 && last.finished == last.total)
        #expect(log.successes == plan.steps.count)
    }

    @Test func existingParentsAreFoundByAddress() async throws {
        let provider = InMemoryProvider(Fixture.live([Fixture.unit("Security")]))
        let plan = try await plan([Fixture.unit("Security"), Fixture.account("audit", in: "Security")], on: provider)
        #expect(plan.steps.map(\.id) == ["create account.audit"])
        let report = try await PlanExecutor(provider: provider, clock: clock).applyJustPlanned(plan)
        #expect(report.isComplete)
        let context = try #require(await provider.contexts["create account.audit"])
        #expect(context.providerID(for: ResourceAddress(.unit, "Security")) == "live-unit.Security")
    }

    @Test func aFailureSkipsItsDependantsButNotItsSiblings() async throws {
        let provider = InMemoryProvider()
        await provider.setFailing(["create unit.Bad"])
        let desired = [
            Fixture.unit("Bad"), Fixture.account("x", in: "Bad"), Fixture.unit("Good"),
            Fixture.account("y", in: "Good"),
            Fixture.group("admins"), Fixture.profile("Admin"), Fixture.assignment("admins", "Admin", "x"),
            Fixture.assignment("admins", "Admin", "y"),
        ]
        let log = EventLog()
        let plan = try await plan(desired, on: provider)
        let report = try await PlanExecutor(provider: provider, parallelism: 3, clock: clock, onEvent: log.append)
            .applyJustPlanned(plan)

        #expect(report.outcome(of: "create unit.Bad") == .failed(message: "injected failure of 'create unit.Bad'"))
        #expect(report.outcome(of: "create account.x") == .skipped(cause: "create unit.Bad"))
        #expect(report.outcome(of: "create assignment.admins/Admin/x") == .skipped(cause: "create unit.Bad"))
        for sibling in [
            "create unit.Good", "create account.y", "create group.admins", "create profile.Admin",
            "create assignment.admins/Admin/y",
        ] {
            guard case .succeeded = report.outcome(of: sibling) else {
                Issue.record(
                    "'\(sibling)' should have succeeded, got \(String(describing: report.outcome(of: sibling)))")
                continue
            }
        }
        #expect(!report.isComplete)
        #expect(
            report.summary.hasPrefix(
                "Apply incomplete: 5 of 8 changes made, 1 failed, 2 skipped, 0 not started. Fix the failures above, then run 'groundwork apply' again"
            ))
        #expect(log.events.contains(.skipped(try #require(plan.step("create account.x")), cause: "create unit.Bad")))
        #expect(await provider.resources[ResourceAddress(.account, "x")] == nil)
    }

    @Test func refusesASavedPlanOnceTheOrganizationMovedOn() async throws {
        let provider = InMemoryProvider(Fixture.live([Fixture.unit("Security")]))
        let saved = try Plan.decode(
            try await plan([Fixture.unit("Security"), Fixture.person("alice")], on: provider).encoded())
        await provider.insert(Fixture.person("eve", id: "u-eve"))

        let error = await #expect(throws: PlannerError.self) {
            try await PlanExecutor(provider: provider, clock: clock).apply(saved)
        }
        #expect(error?.code == .stalePlan)
        #expect(error?.message.contains("has changed since plan '\(saved.id)' was made") == true)
        #expect(await provider.finished.isEmpty)
    }

    @Test func appliesASavedPlanWhileTheOrganizationIsUnchanged() async throws {
        let provider = InMemoryProvider(Fixture.live([Fixture.unit("Security")]))
        let saved = try Plan.decode(
            try await plan([Fixture.unit("Security"), Fixture.person("alice")], on: provider).encoded())
        let report = try await PlanExecutor(provider: provider, clock: clock).apply(saved)
        #expect(report.isComplete)
        #expect(await provider.finished == ["create person.alice"])
    }

    @Test func cancellingStopsLaunchingButLetsRunningStepsFinish() async throws {
        let provider = InMemoryProvider()
        await provider.setDelay(.milliseconds(5))
        let journal = try TemporaryJournal()
        let plan = try await plan(people(12), on: provider)
        let executor = PlanExecutor(
            provider: provider, parallelism: 3, journal: try Journal(url: journal.url), clock: clock
        ) { event, progress in
            // Called on the task running the plan: once three steps are in flight, this cancels
            // the run, as Ctrl-C would.
            if case .started = event, progress.running == 3 { withUnsafeCurrentTask { $0?.cancel() } }
        }
        let report = try await Task { try await executor.applyJustPlanned(plan) }.value

        #expect(report.interruption == .cancelled)
        // The three steps in flight were not cut short.
        #expect(report.progress.succeeded == 3)
        #expect(report.progress.failed == 0)
        #expect(report.progress.notStarted == 9)
        #expect(await provider.finished.count == 3)
        #expect(report.summary.contains("The run was interrupted; run 'groundwork apply' again"))
        let statuses = try Journal.read(journal.url).map(\.status)
        #expect(statuses.filter { $0 == .started }.count == 3)
        #expect(statuses.filter { $0 == .succeeded }.count == 3)
        #expect(statuses.filter { $0 == .notStarted }.count == 9)
    }

    @Test func anInterruptedRunResumesToTheSameStateWithoutDuplicates() async throws {
        let provider = InMemoryProvider()
        await provider.setDelay(.milliseconds(1))
        let journal = try TemporaryJournal()
        let first = try await plan(Fixture.organization, on: provider)
        let successes = Mutex(0)
        let firstJournal = try Journal(url: journal.url)
        let interrupted = PlanExecutor(provider: provider, parallelism: 2, journal: firstJournal, clock: clock) {
            event, _ in
            guard case .succeeded = event else { return }
            if successes.withLock({
                $0 += 1; return $0
            }) == 4 {
                withUnsafeCurrentTask { $0?.cancel() }
            }
        }
        // In its own task, so cancelling the run leaves the test's task alone.
        let partial = try await Task { try await interrupted.applyJustPlanned(first) }.value
        #expect(partial.interruption == .cancelled)
        let done = partial.progress.succeeded
        #expect(done >= 4 && done < first.steps.count)
        await firstJournal.close()

        let resumed = try await PlanExecutor(
            provider: provider, parallelism: 2, journal: try Journal(url: journal.url), clock: clock
        )
        .resume(desired: Fixture.organization, prune: false)
        #expect(resumed.isComplete)
        #expect(resumed.plan.steps.count == first.steps.count - done)
        #expect(resumed.plan.id != first.id)

        #expect(try await plan(Fixture.organization, on: provider).isEmpty)
        let creates = await provider.createCount
        #expect(creates.count == Fixture.organization.count)
        #expect(creates.values.allSatisfy { $0 == 1 })

        let entries = try Journal.read(journal.url)
        #expect(Set(entries.map(\.planID)) == [first.id, resumed.plan.id])
        let succeeded = entries.filter { $0.status == .succeeded }.map(\.stepID)
        #expect(succeeded.count == Fixture.organization.count)
        #expect(Set(succeeded).count == succeeded.count)
    }

    @Test func resumeTellsTheProviderAboutAStepLeftInFlight() async throws {
        let journal = try TemporaryJournal()
        let earlier = try Journal(url: journal.url)
        try await earlier.append(
            JournalEntry(planID: "earlier", stepID: "create person.alice", status: .started, time: Self.time))
        try await earlier.append(
            JournalEntry(
                planID: "earlier", stepID: "create person.alice", status: .checkpoint, providerID: "request-7",
                message: "creation requested", time: Self.time))
        await earlier.close()

        let provider = InMemoryProvider()
        let report = try await PlanExecutor(provider: provider, journal: try Journal(url: journal.url), clock: clock)
            .resume(desired: [Fixture.person("alice"), Fixture.person("bob")], prune: false)
        #expect(report.isComplete)
        let alice = try #require(await provider.contexts["create person.alice"])
        #expect(alice.history.map(\.status) == [.started, .checkpoint])
        #expect(alice.previousAttempt?.providerID == "request-7")
        #expect(alice.previousAttempt?.planID == "earlier")
        #expect(await provider.contexts["create person.bob"]?.previousAttempt == nil)
    }

    @Test func aChangeThatLandedBeforeTheRunDiedIsNotRepeated() async throws {
        // The journal says the create started and nothing more; live state already has it.
        let journal = try TemporaryJournal()
        let earlier = try Journal(url: journal.url)
        try await earlier.append(
            JournalEntry(planID: "earlier", stepID: "create person.alice", status: .started, time: Self.time))
        await earlier.close()
        let provider = InMemoryProvider(Fixture.live([Fixture.person("alice")]))

        let report = try await PlanExecutor(provider: provider, journal: try Journal(url: journal.url), clock: clock)
            .resume(desired: [Fixture.person("alice"), Fixture.person("bob")], prune: false)
        #expect(report.plan.steps.map(\.id) == ["create person.bob"])
        #expect(report.isComplete)
        #expect(await provider.createCount[ResourceAddress(.person, "alice")] == nil)
    }

    @Test func providersCanJournalProgressInsideAStep() async throws {
        let provider = InMemoryProvider()
        await provider.setCheckpointing(["create account.prod"])
        let journal = try TemporaryJournal()
        let plan = try await plan([Fixture.account("prod", in: nil)], on: provider)
        let report = try await PlanExecutor(provider: provider, journal: try Journal(url: journal.url), clock: clock)
            .applyJustPlanned(plan)
        #expect(report.isComplete)
        let entries = try Journal.read(journal.url)
        #expect(entries.map(\.status) == [.started, .checkpoint, .succeeded])
        #expect(entries[1].providerID == "request-prod")
        #expect(entries[1].message == "creation requested")
        #expect(entries[1].stepID == "create account.prod" && entries[1].planID == plan.id)
    }

    @Test func resumeWithNothingLeftDoesNothing() async throws {
        let provider = InMemoryProvider(Fixture.live(Fixture.organization))
        let report = try await PlanExecutor(provider: provider, clock: clock).resume(
            desired: Fixture.organization, prune: false)
        #expect(report.plan.isEmpty)
        #expect(report.isComplete)
        #expect(await provider.finished.isEmpty)
    }

    @Test func aJournalThatCannotBeWrittenStopsTheRunBeforeAnyChange() async throws {
        let provider = InMemoryProvider()
        let plan = try await plan(people(3), on: provider)
        let file = try TemporaryJournal()
        let journal = try Journal(url: file.url)
        await journal.close()
        let report = try await PlanExecutor(provider: provider, journal: journal, clock: clock).applyJustPlanned(plan)
        guard case .journalFailed(let message)? = report.interruption else {
            Issue.record("expected a journal failure, got \(String(describing: report.interruption))")
            return
        }
        #expect(message == "the journal '\(file.url.path)' was closed before the run ended")
        #expect(report.progress.notStarted == 3)
        #expect(await provider.finished.isEmpty)
        #expect(report.summary.contains("The journal failed (the journal"))
    }

    @Test func theJournalRecordsEveryStepInOrder() async throws {
        let provider = InMemoryProvider(Fixture.live([Fixture.person("z")]))
        await provider.setFailing(["create person.bad"])
        let journal = try TemporaryJournal()
        let desired = [
            Fixture.unit("A"), Fixture.account("a", in: "A"), Fixture.person("bad"), Fixture.group("g"),
            Fixture.membership("g", "bad"),
        ]
        let plan = try await plan(desired, on: provider, prune: true)
        _ = try await PlanExecutor(
            provider: provider, parallelism: 1, journal: try Journal(url: journal.url), clock: clock
        ).applyJustPlanned(plan)

        let entries = try Journal.read(journal.url)
        let lines = entries.map {
            [$0.status.rawValue, $0.stepID, $0.providerID ?? "-", $0.message ?? "-"].joined(separator: " | ")
        }
        #expect(
            lines == [
                "started | create unit.A | - | -",
                "succeeded | create unit.A | id-1 | -",
                "started | create account.a | - | -",
                "succeeded | create account.a | id-2 | -",
                "started | create person.bad | - | -",
                "failed | create person.bad | - | injected failure of 'create person.bad'",
                "skipped | create membership.g/bad | - | 'create person.bad' failed",
                "started | create group.g | - | -",
                "succeeded | create group.g | id-3 | -",
                "started | delete person.z | live-person.z | -",
                "succeeded | delete person.z | live-person.z | -",
            ])
        #expect(entries.allSatisfy { $0.planID == plan.id && $0.time == Self.time })
        let text = try String(contentsOf: journal.url, encoding: .utf8)
        #expect(
            text.hasPrefix(
                #"{"planID":"\#(plan.id)","status":"started","stepID":"create unit.A","time":"2026-05-28T20:26:40Z"}"#))
    }
}

@Suite struct JournalTests {
    @Test func keepsEarlierRunsWhenReopened() async throws {
        let journal = try TemporaryJournal()
        let entry = JournalEntry(
            planID: "p", stepID: "create unit.A", status: .started, time: Date(timeIntervalSince1970: 0))
        for _ in 0..<2 {
            let run = try Journal(url: journal.url)
            try await run.append(entry)
            await run.close()
        }
        #expect(try Journal.read(journal.url) == [entry, entry])
    }

    @Test func onlyOneJournalMayHoldTheFile() async throws {
        let journal = try TemporaryJournal()
        let first = try Journal(url: journal.url)
        let error = #expect(throws: PlannerError.self) { try Journal(url: journal.url) }
        #expect(
            error?.message
                == "another apply is using the journal '\(journal.url.path)'; wait for it to finish before starting another"
        )
        await first.close()
        let entry = JournalEntry(
            planID: "p", stepID: "create unit.A", status: .succeeded, time: Date(timeIntervalSince1970: 0))
        await #expect(throws: PlannerError.self) { try await first.append(entry) }
        let second = try Journal(url: journal.url)
        try await second.append(entry)
        #expect(try await second.entries() == [entry])
    }

    @Test func ignoresALastLineCutShortByACrash() throws {
        let journal = try TemporaryJournal()
        let whole = #"{"planID":"p","status":"started","stepID":"create unit.A","time":"1970-01-01T00:00:00Z"}"#
        try Data((whole + "\n" + #"{"planID":"p","sta"#).utf8).write(to: journal.url)
        #expect(try Journal.read(journal.url).map(\.stepID) == ["create unit.A"])
    }

    @Test func refusesADamagedLineInTheMiddle() throws {
        let journal = try TemporaryJournal()
        let whole = #"{"planID":"p","status":"started","stepID":"create unit.A","time":"1970-01-01T00:00:00Z"}"#
        try Data(("garbage\n" + whole + "\n").utf8).write(to: journal.url)
        let error = #expect(throws: PlannerError.self) { try Journal.read(journal.url) }
        #expect(error?.code == .journal)
        #expect(error?.message.contains("line 1 of the journal") == true)
    }

    @Test func saysWhichPathCannotBeCreated() {
        let error = #expect(throws: PlannerError.self) {
            try Journal(url: URL(fileURLWithPath: "/nonexistent-dir-\(UUID().uuidString)/apply.jsonl"))
        }
        #expect(error?.code == .journal)
        #expect(error?.message.contains("could not create the journal '/nonexistent-dir-") == true)
    }
}
