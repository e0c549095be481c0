/// A cloud the Planner can read and change. `AWSOrganization` implements it for AWS; tests use an
/// in-memory fake.
///
/// Retrying transient faults and waiting out eventual consistency are the provider's job: when
/// `apply` throws, the executor treats the step as failed.
public protocol OrganizationProvider: Sendable {
    /// The live organization as resources, with provider ids, addressed as the desired
    /// resources are.
    func currentState() async throws -> [Resource]

    /// Carries out one step and returns what the provider knows about the result.
    ///
    /// - Parameters:
    ///   - step: the change; `step.desired` and `step.actual` hold both sides.
    ///   - context: provider ids of the resources the step refers to (including ones created
    ///     earlier in this run) and the journal's record of an earlier attempt at this step.
    func apply(_ step: PlanStep, context: StepContext) async throws -> StepResult
}

/// What the provider reports after a step.
public struct StepResult: Sendable, Hashable, Codable {
    /// The id of the created (or changed) resource, for steps that depend on it.
    public var providerID: String?
    /// A short human note (`account creation took 74 s`).
    public var note: String?

    public init(providerID: String? = nil, note: String? = nil) {
        self.providerID = providerID
        self.note = note
    }
}

/// What a provider may need besides the step itself.
public struct StepContext: Sendable {
    public var planID: String
    /// Provider ids of the step's own resource and of the parents and dependencies it names
    /// (desired and live), including those created earlier in this run.
    public var providerIDs: [ResourceAddress: String]
    /// Journal lines for this step (same step id) from earlier runs, oldest first.
    ///
    /// A provider whose changes complete asynchronously reads this before acting: a history that
    /// ends in `.started` or `.checkpoint` means an earlier run stopped while the step was in
    /// flight (an account creation may already be under way), so it looks for that change before
    /// making it again.
    public var history: [JournalEntry]
    private let record: @Sendable (_ providerID: String?, _ note: String?) async throws -> Void

    /// - Parameters:
    ///   - planID: the plan being applied.
    ///   - providerIDs: ids the step may need, by address.
    ///   - history: earlier journal lines for this step.
    ///   - checkpoint: where `checkpoint(providerID:note:)` writes; the executor journals it.
    public init(
        planID: String,
        providerIDs: [ResourceAddress: String],
        history: [JournalEntry] = [],
        checkpoint: @escaping @Sendable (_ providerID: String?, _ note: String?) async throws -> Void = { _, _ in }
    ) {
        self.planID = planID
        self.providerIDs = providerIDs
        self.history = history
        self.record = checkpoint
    }

    public func providerID(for address: ResourceAddress) -> String? { providerIDs[address] }

    /// The last journal line for this step from an earlier run.
    public var previousAttempt: JournalEntry? { history.last }

    /// Journals that the step is part-way done, such as an account creation request accepted
    /// with its request id, so a run that dies before the step ends leaves the next run a way to
    /// find the change instead of repeating it.
    ///
    /// - Throws: `PlannerError` `.journal` when the line cannot be written.
    public func checkpoint(providerID: String? = nil, note: String? = nil) async throws {
        try await record(providerID, note)
    }
}
