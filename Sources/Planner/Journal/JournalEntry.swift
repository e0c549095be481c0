public import Foundation

/// One line of the apply journal: what happened to one step of one plan, and when.
public struct JournalEntry: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// The provider was asked to do the step; with no later line, the run stopped mid-step.
        case started
        /// The provider recorded progress part-way through the step (a request id).
        case checkpoint
        case succeeded
        case failed
        /// Not attempted because a step it depends on failed.
        case skipped
        /// Not attempted because the run was cancelled or stopped first.
        case notStarted = "not-started"
    }

    public var planID: String
    /// `PlanStep.id`, stable across plans (`create account.prod`).
    public var stepID: String
    public var status: Status
    /// The provider's id of the resource, when the step produced or knew one.
    public var providerID: String?
    /// The error for a failed step, the failed step for a skipped one.
    public var message: String?
    public var time: Date

    public init(
        planID: String, stepID: String, status: Status, providerID: String? = nil, message: String? = nil, time: Date
    ) {
        self.planID = planID
        self.stepID = stepID
        self.status = status
        self.providerID = providerID
        self.message = message
        self.time = time
    }
}
