/// Progress of an apply, delivered one event at a time in the order things happen, so the CLI
/// can print a line or move a bar.
public enum ExecutionEvent: Sendable, Hashable {
    case started(PlanStep)
    case succeeded(PlanStep, StepResult)
    case failed(PlanStep, message: String)
    /// `cause` is the id of the failed step it depended on.
    case skipped(PlanStep, cause: String)
    /// Never launched: the run was cancelled or stopped first.
    case notStarted(PlanStep)
}

/// Counts at the moment of an event.
public struct ExecutionProgress: Sendable, Hashable {
    public var total: Int
    public var running: Int = 0
    public var succeeded: Int = 0
    public var failed: Int = 0
    public var skipped: Int = 0
    public var notStarted: Int = 0

    public init(total: Int) {
        self.total = total
    }

    /// Steps with a final outcome.
    public var finished: Int { succeeded + failed + skipped + notStarted }
}
