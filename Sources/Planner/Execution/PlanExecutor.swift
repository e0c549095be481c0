public import Support

/// Runs a plan's steps through a provider: in dependency order, at most `parallelism` at once,
/// journaling each step, isolating failures to the steps that depend on them.
///
/// Live state is the truth. A saved plan is refused once the organization has moved on, and an
/// interrupted run is finished by `resume`, which plans again from live state and does only what
/// is left; the journal adds the report and hints about steps that were in flight.
public struct PlanExecutor: Sendable {
    public var provider: any OrganizationProvider
    /// Most steps in flight at once (`--parallel N`).
    public var parallelism: Int
    /// Tighter bounds for some kinds, below `parallelism`: a cloud that allows only a few account
    /// creations at a time gets them without other kinds of steps waiting behind them.
    public var kindLimits: [ResourceKind: Int]
    public var journal: Journal?
    public var clock: DateGenerator
    /// Called in order, from the task running the plan, after each event.
    public var onEvent: @Sendable (ExecutionEvent, ExecutionProgress) -> Void

    /// - Parameters:
    ///   - provider: the cloud to change.
    ///   - parallelism: most steps in flight at once; at least 1.
    ///   - kindLimits: most steps of a kind in flight at once; each at least 1.
    ///   - journal: where each step is recorded; nil records nothing.
    ///   - clock: stamps journal lines and fresh plans.
    ///   - onEvent: progress, for the CLI.
    public init(
        provider: any OrganizationProvider,
        parallelism: Int = 4,
        kindLimits: [ResourceKind: Int] = [:],
        journal: Journal? = nil,
        clock: DateGenerator = .system,
        onEvent: @escaping @Sendable (ExecutionEvent, ExecutionProgress) -> Void = { _, _ in }
    ) {
        precondition(parallelism > 0, "parallelism must be at least 1")
        precondition(kindLimits.values.allSatisfy { $0 > 0 }, "every kind limit must be at least 1")
        self.provider = provider
        self.parallelism = parallelism
        self.kindLimits = kindLimits
        self.journal = journal
        self.clock = clock
        self.onEvent = onEvent
    }

    /// Applies a saved plan, after checking the live organization is still the one it was made
    /// from.
    ///
    /// - Returns: the outcome of every step; step failures are reported there, not thrown.
    /// - Throws: `PlannerError` `.stalePlan` when live state moved on, `.journal` when the journal
    ///   cannot be read, or the provider's error when live state cannot be read.
    public func apply(_ plan: Plan) async throws -> ExecutionReport {
        let live = try await provider.currentState()
        try plan.verifyFresh(against: live)
        return try await run(plan)
    }

    /// Applies a plan made moments ago in this process from `provider.currentState()`, without
    /// reading live state a second time. Use `apply` for any plan that was saved or shown and
    /// confirmed later.
    public func applyJustPlanned(_ plan: Plan) async throws -> ExecutionReport {
        try await run(plan)
    }

    /// Finishes an interrupted or failed run: plans again from live state and applies the result.
    ///
    /// - Parameters:
    ///   - desired: the spec's resources, as for `PlanBuilder.plan`.
    ///   - prune: as for `PlanBuilder.plan`.
    ///   - specHash: recorded in the new plan.
    /// - Returns: the report, whose `plan` is the new plan; empty when nothing was left.
    public func resume(desired: [Resource], prune: Bool, specHash: String = "") async throws -> ExecutionReport {
        let live = try await provider.currentState()
        let plan = try PlanBuilder.plan(desired: desired, actual: live, prune: prune, specHash: specHash, clock: clock)
        return try await run(plan)
    }

    // MARK: Running

    private func run(_ plan: Plan) async throws -> ExecutionReport {
        var history: [String: [JournalEntry]] = [:]
        for entry in try await journal?.entries() ?? [] { history[entry.stepID, default: []].append(entry) }
        var run = Run(plan: plan, executor: self, history: history)
        await run.start()
        return run.report
    }

    /// The mutable state of one run, owned by the task that runs the plan.
    private struct Run {
        let plan: Plan
        let executor: PlanExecutor
        let history: [String: [JournalEntry]]
        var waitingOn: [Int]
        var dependants: [[Int]]
        var outcomes: [ExecutionReport.Outcome?]
        /// Indices of steps whose dependencies all succeeded, in plan order.
        var ready: [Int]
        var providerIDs: [ResourceAddress: String]
        var progress: ExecutionProgress
        var runningByKind: [ResourceKind: Int] = [:]
        var interruption: ExecutionReport.Interruption?
        var journalWorks = true

        init(plan: Plan, executor: PlanExecutor, history: [String: [JournalEntry]]) {
            self.plan = plan
            self.executor = executor
            self.history = history
            let position = Dictionary(
                plan.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            var dependants = [[Int]](repeating: [], count: plan.steps.count)
            for (index, step) in plan.steps.enumerated() {
                for dependency in step.dependsOn {
                    if let from = position[dependency] { dependants[from].append(index) }
                }
            }
            self.dependants = dependants
            // A dependency missing from the plan is never satisfied, so its step never starts.
            self.waitingOn = plan.steps.map(\.dependsOn.count)
            self.outcomes = Array(repeating: nil, count: plan.steps.count)
            self.ready = plan.steps.indices.filter { plan.steps[$0].dependsOn.isEmpty }
            self.providerIDs = plan.providerIDs
            self.progress = ExecutionProgress(total: plan.steps.count)
        }

        var report: ExecutionReport {
            ExecutionReport(
                plan: plan,
                outcomes: zip(plan.steps, outcomes).map {
                    ExecutionReport.StepOutcome(step: $0, outcome: $1 ?? .notStarted)
                },
                interruption: interruption
            )
        }

        mutating func start() async {
            let provider = executor.provider
            await withTaskGroup(of: (Int, Result<StepResult, any Error>).self) { group in
                while true {
                    // Stage 1: launch ready steps up to the bound, unless cancelled or stopped.
                    while progress.running < executor.parallelism, interruption == nil,
                        let slot = ready.firstIndex(where: hasRoom)
                    {
                        if Task.isCancelled {
                            interruption = .cancelled
                            break
                        }
                        let index = ready.remove(at: slot)
                        let step = plan.steps[index]
                        await record(step, .started, providerID: step.providerID)
                        guard interruption == nil else { break }
                        progress.running += 1
                        runningByKind[step.address.kind, default: 0] += 1
                        executor.onEvent(.started(step), progress)
                        let context = StepContext(
                            planID: plan.id,
                            providerIDs: idsReferenced(by: step),
                            history: history[step.id] ?? [],
                            checkpoint: checkpointer(for: step)
                        )
                        group.addTask {
                            // An unstructured task on purpose: cancelling the run stops new steps
                            // but lets a provider call in flight finish, so its result is journaled
                            // instead of leaving a half-made change of unknown state.
                            let work = Task { try await provider.apply(step, context: context) }
                            return (index, await work.result)
                        }
                    }
                    // Stage 2: wait for one step to finish and release or skip its dependants.
                    guard let (index, result) = await group.next() else { break }
                    progress.running -= 1
                    runningByKind[plan.steps[index].address.kind, default: 1] -= 1
                    switch result {
                    case .success(let stepResult): await succeed(index, stepResult)
                    case .failure(let error): await fail(index, error)
                    }
                }
            }
            // Stage 3: whatever never started is recorded as such.
            for index in plan.steps.indices where outcomes[index] == nil {
                outcomes[index] = .notStarted
                progress.notStarted += 1
                await record(plan.steps[index], .notStarted)
                executor.onEvent(.notStarted(plan.steps[index]), progress)
            }
        }

        /// Journals a provider's progress inside a step, from the step's own task.
        private func checkpointer(
            for step: PlanStep
        ) -> @Sendable (_ providerID: String?, _ note: String?) async throws -> Void {
            let journal = executor.journal
            let clock = executor.clock
            let planID = plan.id
            let stepID = step.id
            return { providerID, note in
                let entry = JournalEntry(
                    planID: planID, stepID: stepID, status: .checkpoint, providerID: providerID, message: note,
                    time: clock())
                try await journal?.append(entry)
            }
        }

        /// Whether the step at `index` may start under its kind's limit.
        private func hasRoom(_ index: Int) -> Bool {
            let kind = plan.steps[index].address.kind
            guard let limit = executor.kindLimits[kind] else { return true }
            return runningByKind[kind, default: 0] < limit
        }

        /// The known ids of the step's own resource and of everything it refers to on either side;
        /// only these, so a context stays small however large the organization.
        private func idsReferenced(by step: PlanStep) -> [ResourceAddress: String] {
            var ids: [ResourceAddress: String] = [:]
            let addresses = [step.address] + (step.desired?.references ?? []) + (step.actual?.references ?? [])
            for address in addresses { ids[address] = providerIDs[address] }
            return ids
        }

        private mutating func succeed(_ index: Int, _ result: StepResult) async {
            let step = plan.steps[index]
            outcomes[index] = .succeeded(result)
            progress.succeeded += 1
            if step.action == .delete {
                providerIDs[step.address] = nil
            } else if let id = result.providerID ?? step.providerID {
                providerIDs[step.address] = id
            }
            await record(step, .succeeded, providerID: result.providerID ?? step.providerID, message: result.note)
            executor.onEvent(.succeeded(step, result), progress)
            for dependant in dependants[index] {
                waitingOn[dependant] -= 1
                guard waitingOn[dependant] == 0, outcomes[dependant] == nil else { continue }
                let slot = ready.firstIndex { $0 > dependant } ?? ready.endIndex
                ready.insert(dependant, at: slot)
            }
        }

        private mutating func fail(_ index: Int, _ error: any Error) async {
            let step = plan.steps[index]
            let message = String(describing: error)
            outcomes[index] = .failed(message: message)
            progress.failed += 1
            await record(step, .failed, providerID: step.providerID, message: message)
            executor.onEvent(.failed(step, message: message), progress)
            // Everything downstream of the failure is skipped; independent steps carry on.
            var downstream = Set<Int>()
            var queue = dependants[index]
            while let next = queue.popLast() {
                if downstream.insert(next).inserted { queue.append(contentsOf: dependants[next]) }
            }
            for dependant in downstream.sorted() where outcomes[dependant] == nil {
                let skipped = plan.steps[dependant]
                outcomes[dependant] = .skipped(cause: step.id)
                progress.skipped += 1
                await record(skipped, .skipped, message: "'\(step.id)' failed")
                executor.onEvent(.skipped(skipped, cause: step.id), progress)
            }
        }

        private mutating func record(
            _ step: PlanStep, _ status: JournalEntry.Status, providerID: String? = nil, message: String? = nil
        ) async {
            guard let journal = executor.journal, journalWorks else { return }
            let entry = JournalEntry(
                planID: plan.id, stepID: step.id, status: status, providerID: providerID, message: message,
                time: executor.clock())
            do {
                try await journal.append(entry)
            } catch {
                journalWorks = false
                if interruption == nil { interruption = .journalFailed(message: error.message) }
            }
        }
    }
}
