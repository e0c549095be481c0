import Planner

/// A provider that keeps the organization in memory and enforces what a real cloud would: a
/// parent or dependency must exist before its child, nothing referenced may be deleted, and a
/// second create of the same address is an error.
actor InMemoryProvider: OrganizationProvider {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var resources: [ResourceAddress: Resource] = [:]
    private(set) var createCount: [ResourceAddress: Int] = [:]
    /// Step ids in the order they finished.
    private(set) var finished: [String] = []
    private(set) var contexts: [String: StepContext] = [:]
    private(set) var peakInFlight = 0
    private var inFlight = 0
    private(set) var peakInFlightByKind: [ResourceKind: Int] = [:]
    private var inFlightByKind: [ResourceKind: Int] = [:]
    private var nextID = 1
    /// Step ids that fail when applied.
    var failing: Set<String> = []
    var delay: Duration = .zero
    /// Step ids whose apply journals a checkpoint (as an asynchronous creation would) first.
    var checkpointing: Set<String> = []

    init(_ resources: [Resource] = []) {
        for resource in resources { self.resources[resource.address] = resource }
    }

    func setFailing(_ ids: Set<String>) { failing = ids }
    func setDelay(_ delay: Duration) { self.delay = delay }
    func setCheckpointing(_ ids: Set<String>) { checkpointing = ids }
    func insert(_ resource: Resource) { resources[resource.address] = resource }

    func currentState() async throws -> [Resource] {
        resources.values.sorted { $0.address < $1.address }
    }

    func apply(_ step: PlanStep, context: StepContext) async throws -> StepResult {
        let kind = step.address.kind
        inFlight += 1
        inFlightByKind[kind, default: 0] += 1
        peakInFlight = max(peakInFlight, inFlight)
        peakInFlightByKind[kind] = max(peakInFlightByKind[kind] ?? 0, inFlightByKind[kind] ?? 0)
        if delay > .zero { try await Task.sleep(for: delay) }
        inFlight -= 1
        inFlightByKind[kind, default: 1] -= 1
        contexts[step.id] = context
        if checkpointing.contains(step.id) {
            try await context.checkpoint(providerID: "request-\(step.address.name)", note: "creation requested")
        }
        if failing.contains(step.id) { throw Refused(description: "injected failure of '\(step.id)'") }
        let result = try perform(step, context: context)
        finished.append(step.id)
        return result
    }

    private func perform(_ step: PlanStep, context: StepContext) throws -> StepResult {
        switch step.action {
        case .create:
            guard var resource = step.desired else { throw Refused(description: "create without desired") }
            guard resources[step.address] == nil else { throw Refused(description: "'\(step.address)' already exists") }
            for reference in resource.references
            where resources[reference] == nil || context.providerID(for: reference) == nil {
                throw Refused(description: "'\(step.address)' needs '\(reference)', which does not exist yet")
            }
            createCount[step.address, default: 0] += 1
            resource.providerID = "id-\(nextID)"
            nextID += 1
            resources[step.address] = resource
            return StepResult(providerID: resource.providerID)
        case .update:
            guard var resource = resources[step.address], let desired = step.desired else {
                throw Refused(description: "'\(step.address)' is missing")
            }
            for (name, value) in desired.attributes { resource.attributes[name] = value }
            resources[step.address] = resource
            return StepResult(providerID: resource.providerID)
        case .move:
            guard var resource = resources[step.address] else {
                throw Refused(description: "'\(step.address)' is missing")
            }
            if let parent = step.toParent, resources[parent] == nil {
                throw Refused(description: "'\(parent)' does not exist yet")
            }
            resource.parent = step.toParent
            resources[step.address] = resource
            return StepResult(providerID: resource.providerID)
        case .delete:
            guard resources[step.address] != nil else { throw Refused(description: "'\(step.address)' is missing") }
            if let user = resources.values.first(where: { $0.references.contains(step.address) }) {
                throw Refused(description: "'\(step.address)' is still used by '\(user.address)'")
            }
            resources[step.address] = nil
            return StepResult()
        }
    }
}
