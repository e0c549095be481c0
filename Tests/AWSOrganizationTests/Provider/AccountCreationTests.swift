import AWS
import Foundation
import OrgModel
import Planner
import Support
import Synchronization
import Testing

@testable import AWSOrganization

@Suite struct AccountCreationTests {
    static let organization = Organization(
        settings: OrganizationSettings(name: "acme", homeRegion: "eu-central-1"),
        units: [OrgUnit(path: "Workloads")],
        accounts: [Account(key: "prod", email: "prod@acme.example", unit: "Workloads")])

    static let snapshot = AWSSnapshot(
        organization: organization, organizationID: "o-abc", managementAccountID: "111111111111",
        managementAccountEmail: nil, rootID: "r-root", enabledPolicyTypes: [], units: [], accounts: [], policies: [],
        delegatedAdministrators: [], trustedServices: [], identityCenter: nil, trails: [], archiveBucket: nil)

    static var step: PlanStep {
        PlanStep(
            action: .create, address: AWSResourceConventions.account("prod"), area: .organization,
            desired: Resource(
                AWSResourceConventions.account("prod"), area: .organization,
                attributes: ["email": .string("prod@acme.example")], parent: AWSResourceConventions.unit("Workloads")),
            actual: nil)
    }

    func run(_ aws: ScriptedAWS, history: [JournalEntry] = [], checkpoints: Recorder) -> StepRun {
        let provider = AWSOrganizationProvider(
            client: aws.client(), organization: Self.organization,
            waiting: .init(firstPoll: .milliseconds(1), maximumPoll: .milliseconds(1), timeout: .seconds(5)),
            sleeper: .immediate)
        let context = StepContext(
            planID: "plan", providerIDs: [AWSResourceConventions.unit("Workloads"): "ou-work"], history: history,
            checkpoint: { id, _ in checkpoints.items.withLock { $0.append(id ?? "") } })
        return StepRun(provider: provider, snapshot: Self.snapshot, step: Self.step, context: context)
    }

    func scriptCommon(_ aws: ScriptedAWS, polls: Int) {
        aws.scriptMemberRole()
        aws.on("ListAccounts") { _ in (200, #"{"Accounts":[]}"#) }
        aws.on("ListCreateAccountStatus") { _ in (200, #"{"CreateAccountStatuses":[]}"#) }
        let remaining = Mutex(polls)
        aws.on("DescribeCreateAccountStatus") { body in
            let request = body["CreateAccountRequestId"] as? String ?? ""
            let done = remaining.withLock { count -> Bool in
                count -= 1
                return count < 0
            }
            return done
                ? (200, #"{"CreateAccountStatus":{"Id":"\#(request)","State":"SUCCEEDED","AccountId":"222222222222"}}"#)
                : (200, #"{"CreateAccountStatus":{"Id":"\#(request)","State":"IN_PROGRESS"}}"#)
        }
        aws.on("ListParents") { _ in (200, #"{"Parents":[{"Id":"r-root","Type":"ROOT"}]}"#) }
        aws.on("MoveAccount") { _ in (200, "{}") }
    }

    @Test func createsOncePollsJournalsTheRequestMovesAndWaitsForTheRole() async throws {
        let aws = ScriptedAWS()
        scriptCommon(aws, polls: 2)
        aws.on("CreateAccount") { _ in (200, #"{"CreateAccountStatus":{"Id":"car-123","State":"IN_PROGRESS"}}"#) }
        let checkpoints = Recorder()
        let result = try await AccountCreation(run: run(aws, checkpoints: checkpoints)).perform()

        #expect(result.providerID == "222222222222")
        #expect(aws.count("CreateAccount") == 1)
        #expect(aws.count("ListAccounts") == 0, "a fresh plan already knows the account is missing")
        #expect(aws.count("DescribeCreateAccountStatus") == 3)
        #expect(checkpoints.items.withLock { $0 } == ["create-account-request:car-123"])
        #expect(aws.count("MoveAccount") == 1)
        #expect(aws.count("GetCallerIdentity") == 1)
        let calls = aws.calls
        #expect(
            try #require(calls.firstIndex(of: "CreateAccount")) < #require(
                calls.firstIndex(of: "DescribeCreateAccountStatus")))
    }

    @Test func aJournaledRequestIsWaitedForNeverRepeated() async throws {
        let aws = ScriptedAWS()
        scriptCommon(aws, polls: 1)
        aws.on("CreateAccount") { _ in (200, #"{"CreateAccountStatus":{"Id":"car-new","State":"IN_PROGRESS"}}"#) }
        let earlier = JournalEntry(
            planID: "old", stepID: Self.step.id, status: .checkpoint, providerID: "create-account-request:car-old",
            message: nil, time: Date())
        let checkpoints = Recorder()
        let result = try await AccountCreation(run: run(aws, history: [earlier], checkpoints: checkpoints)).perform()

        #expect(result.providerID == "222222222222")
        #expect(aws.count("CreateAccount") == 0)
        #expect(result.note?.contains("resumed") == true)
    }

    @Test func anAccountAnEarlierRunFinishedIsAdoptedNotCreated() async throws {
        let aws = ScriptedAWS()
        scriptCommon(aws, polls: 0)
        aws.on("ListAccounts") { _ in (200, #"{"Accounts":[{"Id":"222222222222","Name":"prod","Status":"ACTIVE"}]}"#) }
        aws.on("ListParents") { _ in (200, #"{"Parents":[{"Id":"ou-work","Type":"ORGANIZATIONAL_UNIT"}]}"#) }
        let started = JournalEntry(
            planID: "old", stepID: Self.step.id, status: .started, providerID: nil, message: nil, time: Date())
        let checkpoints = Recorder()
        let result = try await AccountCreation(run: run(aws, history: [started], checkpoints: checkpoints)).perform()
        #expect(result.providerID == "222222222222")
        #expect(aws.count("CreateAccount") == 0)
        #expect(aws.count("MoveAccount") == 0, "already in its unit")
    }

    @Test func aFailedCreationSaysWhatToDo() async throws {
        let aws = ScriptedAWS()
        scriptCommon(aws, polls: 0)
        aws.on("CreateAccount") { _ in (200, #"{"CreateAccountStatus":{"Id":"car-9","State":"IN_PROGRESS"}}"#) }
        aws.on("DescribeCreateAccountStatus") { _ in
            (200, #"{"CreateAccountStatus":{"Id":"car-9","State":"FAILED","FailureReason":"EMAIL_ALREADY_EXISTS"}}"#)
        }
        let checkpoints = Recorder()
        do {
            _ = try await AccountCreation(run: run(aws, checkpoints: checkpoints)).perform()
            Issue.record("a failed creation must throw")
        } catch let error as AWSOrganizationError {
            #expect(error.message.contains("give this account its own address"))
        }
    }
}

/// The checkpoints a step journals.
final class Recorder: Sendable {
    let items = Mutex<[String]>([])
}
