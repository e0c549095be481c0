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
    /// The last journal line for this step from an earlier run, when resuming; a `.started`
    /// status means that run stopped while the step was in flight.
    public var previousAttempt: JournalEntry?

    public init(planID: String, providerIDs: [ResourceAddress: String], previousAttempt: JournalEntry? = nil) {
        self.planID = planID
        self.providerIDs = providerIDs
        self.previousAttempt = previousAttempt
    }

    public func providerID(for address: ResourceAddress) -> String? { providerIDs[address] }
}
