public import AWS
import Foundation
public import OrgModel
public import Planner
public import Support

/// Carries out plan steps on AWS: the `OrganizationProvider` the Planner's executor drives.
///
/// Every step is idempotent: one that finds its change already made (a unit, policy or group that
/// exists, an attachment already in place) succeeds with the existing id, so a run that died
/// part-way can simply run again. Account creation, the one change that must never happen twice,
/// is journaled with its request id before it is waited for.
public struct AWSOrganizationProvider: OrganizationProvider {
    /// How long to wait for AWS's asynchronous changes, and how often to look.
    public struct Waiting: Sendable, Hashable {
        public var firstPoll: Duration
        public var maximumPoll: Duration
        /// Give up (and say what to do) after this long.
        public var timeout: Duration

        public init(
            firstPoll: Duration = .seconds(2), maximumPoll: Duration = .seconds(30), timeout: Duration = .seconds(1800)
        ) {
            self.firstPoll = firstPoll
            self.maximumPoll = maximumPoll
            self.timeout = timeout
        }
    }

    public var client: AWSClient
    /// The spec being applied: the source of the archive bucket's and trail's full definitions.
    public var organization: Organization
    public var reader: LiveReader
    public var waiting: Waiting
    public var sleeper: Sleeper
    let cache: SnapshotCache

    public init(
        client: AWSClient, organization: Organization, waiting: Waiting = Waiting(), sleeper: Sleeper = .system,
        memberRoleName: String = "OrganizationAccountAccessRole", readParallelism: Int = 8
    ) {
        self.client = client
        self.organization = organization
        self.reader = LiveReader(
            client: client, target: LiveReader.Target(organization: organization), parallelism: readParallelism,
            memberRoleName: memberRoleName)
        self.waiting = waiting
        self.sleeper = sleeper
        self.cache = SnapshotCache()
    }

    /// Reads the live organization (and remembers it: steps need its root, instance and ids).
    public func snapshot() async throws -> AWSSnapshot {
        let snapshot = try await reader.read()
        await cache.store(snapshot)
        return snapshot
    }

    /// The desired resources for the spec against the last snapshot read.
    public func desiredResources() async throws -> [Resource] {
        var snapshot = await cache.current()
        if snapshot == nil { snapshot = try await self.snapshot() }
        guard let snapshot else { return [] }
        return try DesiredState(organization: organization, known: snapshot.knownIDs).resources()
    }

    public func currentState() async throws -> [Resource] {
        try await snapshot().resources(managementAccountKey: reader.target.managementAccountKey)
    }

    public func apply(_ step: PlanStep, context: StepContext) async throws -> StepResult {
        guard let snapshot = await cache.current() else {
            throw AWSOrganizationError(
                .missingPrerequisite, "the live organization was not read before applying; this is a Groundwork bug")
        }
        let run = StepRun(provider: self, snapshot: snapshot, step: step, context: context)
        do {
            return try await run.perform()
        } catch let error as AWSError {
            throw AWSOrganizationError(.api, "\(step.id): \(error)\(Self.advice(for: error))")
        }
    }

    /// What to do next for errors a person can act on.
    static func advice(for error: AWSError) -> String {
        switch error.code {
        case "AccessDenied", "AccessDeniedException", "AccessDeniedForDependencyException":
            "; the credentials lack a permission apply needs: compare them with docs/iam/apply-policy.json"
        case "ConstraintViolationException":
            "; an AWS Organizations quota or rule was hit (accounts per organization, SCPs per target): see the message, raise the quota or change the spec"
        case "ConcurrentModificationException", "TooManyRequestsException", "ThrottlingException":
            "; AWS was busy: run 'groundwork apply' again, it continues where this run stopped"
        default: ""
        }
    }
}

/// The last snapshot read, shared by the steps of one run.
actor SnapshotCache {
    private var snapshot: AWSSnapshot?
    private var pendingCreations: Task<[Organizations.CreateAccountStatus], any Error>?

    func store(_ snapshot: AWSSnapshot) {
        self.snapshot = snapshot
        pendingCreations = nil
    }

    func current() -> AWSSnapshot? { snapshot }

    /// The id of an account creation still in progress for `name`, from one listing per run
    /// (however many accounts the run creates).
    func pendingCreation(
        named name: String, list: @escaping @Sendable () async throws -> [Organizations.CreateAccountStatus]
    ) async throws -> String? {
        let task = pendingCreations ?? Task { try await list() }
        pendingCreations = task
        return try await task.value.first { $0.accountName == name }?.id
    }
}
