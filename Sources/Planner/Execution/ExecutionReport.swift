/// How an apply ended, step by step.
public struct ExecutionReport: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case succeeded(StepResult)
        case failed(message: String)
        /// Not attempted because `cause` (a step id) failed.
        case skipped(cause: String)
        /// Not attempted because the run stopped first.
        case notStarted
    }

    /// Why a run ended before every step had a chance.
    public enum Interruption: Sendable, Hashable {
        case cancelled
        /// The journal could not be written, so no further step was started.
        case journalFailed(message: String)
    }

    /// One step and how it ended.
    public struct StepOutcome: Sendable, Hashable {
        public var step: PlanStep
        public var outcome: Outcome

        public init(step: PlanStep, outcome: Outcome) {
            self.step = step
            self.outcome = outcome
        }
    }

    /// The plan that ran (for `resume`, the fresh plan made from live state).
    public var plan: Plan
    /// Every step of the plan, in plan order.
    public var outcomes: [StepOutcome]
    public var interruption: Interruption?

    public init(plan: Plan, outcomes: [StepOutcome], interruption: Interruption?) {
        self.plan = plan
        self.outcomes = outcomes
        self.interruption = interruption
    }

    /// How the step with `stepID` ended; nil when the plan has no such step.
    public func outcome(of stepID: String) -> Outcome? { outcomes.first { $0.step.id == stepID }?.outcome }

    /// True when every step succeeded.
    public var isComplete: Bool {
        outcomes.allSatisfy { if case .succeeded = $0.outcome { true } else { false } }
    }

    public var progress: ExecutionProgress {
        var progress = ExecutionProgress(total: outcomes.count)
        for entry in outcomes {
            switch entry.outcome {
            case .succeeded: progress.succeeded += 1
            case .failed: progress.failed += 1
            case .skipped: progress.skipped += 1
            case .notStarted: progress.notStarted += 1
            }
        }
        return progress
    }

    /// One line for the end of an apply, saying what to do next when something is left.
    public var summary: String {
        let counts = progress
        if isComplete { return "Apply complete: \(counts.succeeded) of \(counts.total) changes made." }
        var text =
            "Apply incomplete: \(counts.succeeded) of \(counts.total) changes made, \(counts.failed) failed, \(counts.skipped) skipped, \(counts.notStarted) not started."
        switch interruption {
        case .cancelled?: text += " The run was interrupted;"
        case .journalFailed(let message)?: text += " The journal failed (\(message));"
        case nil: text += " Fix the failures above, then"
        }
        return text
            + " run 'groundwork apply' again: it re-plans from the live organization and does only what is left."
    }
}
