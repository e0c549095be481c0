import AWS
import OrgModel
import Planner

/// Creates one account without ever creating it twice.
///
/// Stage 1 looks for the account (a run that died after AWS finished), then for a creation
/// request journaled by an earlier run (one that died while AWS was still working). Only when
/// neither exists is `CreateAccount` called, and its request id is journaled before waiting.
/// Stage 2 polls the request with backoff. Stage 3 moves the account into its unit and waits
/// until `OrganizationAccountAccessRole` can be assumed (new accounts take a while).
struct AccountCreation: Sendable {
    let run: StepRun

    static let requestPrefix = "create-account-request:"

    func perform() async throws -> StepResult {
        let name = run.step.address.name
        let email = run.string(AWSResourceConventions.Attribute.email) ?? ""
        let client = run.client

        // Stage 1: already there, or already requested? A step with no history comes from a plan
        // just made (or checked) against live state, which did not have the account; only a step
        // an earlier run touched needs to look for it again (listing every account is costly).
        var accountID = run.context.history.isEmpty ? nil : try await existing(name: name, email: email)
        var note = accountID == nil ? nil : "already existed"
        if accountID == nil {
            let journaled = run.context.history.last {
                $0.status == .checkpoint && ($0.providerID ?? "").hasPrefix(Self.requestPrefix)
            }
            var requestID = journaled?.providerID.map { String($0.dropFirst(Self.requestPrefix.count)) }
            if requestID == nil {
                // No journal (another machine, a lost file): AWS's own list of requests still in flight.
                requestID = try await run.provider.cache.pendingCreation(named: name) {
                    try await client.all(
                        Organizations.listCreateAccountStatus, .init(states: ["IN_PROGRESS"]),
                        \.createAccountStatuses)
                }
            }
            if requestID == nil {
                let started = try await client.send(Organizations.createAccount, .init(email: email, accountName: name))
                guard let id = started.createAccountStatus?.id else {
                    throw AWSOrganizationError(.api, "\(run.step.id): CreateAccount returned no request id")
                }
                requestID = id
                try await run.context.checkpoint(providerID: Self.requestPrefix + id, note: "CreateAccount accepted")
            } else {
                note = "resumed the creation request of an earlier run"
            }
            // Stage 2: wait for AWS to finish.
            accountID = try await wait(for: requestID ?? "", name: name, email: email)
        }
        guard let accountID else {
            throw AWSOrganizationError(
                .asynchronousFailure, "\(run.step.id): the account's id is unknown after creation")
        }

        // Stage 3: into its unit, and usable.
        let destination = try run.parentID(run.step.desired?.parent)
        // A new account lands at the root; one found again may sit anywhere.
        let current = note == nil ? run.snapshot.rootID : try await run.currentParent(of: accountID)
        if current != destination {
            do {
                _ = try await client.send(
                    Organizations.moveAccount,
                    .init(accountId: accountID, sourceParentId: current, destinationParentId: destination))
            } catch  where run.isError(error, ["DuplicateAccountException"]) {}
        }
        try await waitUntilRoleWorks(accountID)
        return StepResult(providerID: accountID, note: note)
    }

    func existing(name: String, email: String) async throws -> String? {
        let accounts = try await run.client.all(Organizations.listAccounts, .init(), \.accounts)
        return accounts.first { $0.name == name && ($0.status ?? "ACTIVE") == "ACTIVE" }?.id
    }

    func wait(for requestID: String, name: String, email: String) async throws -> String {
        let client = run.client
        let status = try await run.poll("creating account '\(name)'") { () -> Organizations.CreateAccountStatus? in
            let status = try await client.send(
                Organizations.describeCreateAccountStatus, .init(createAccountRequestId: requestID)
            ).createAccountStatus
            return status?.state == "IN_PROGRESS" ? nil : status
        }
        if status.state == "SUCCEEDED", let id = status.accountId { return id }
        if status.failureReason == "EMAIL_ALREADY_EXISTS", let id = try await existing(name: name, email: email) {
            return id
        }
        throw AWSOrganizationError(
            .asynchronousFailure,
            "\(run.step.id): AWS could not create account '\(name)': \(status.failureReason ?? "no reason given")"
                + (status.failureReason == "EMAIL_ALREADY_EXISTS"
                    ? "; the email '\(email)' belongs to another AWS account: give this account its own address in the spec"
                    : status.failureReason == "ACCOUNT_LIMIT_EXCEEDED"
                        ? "; the organization is at its account quota: request an increase in Service Quotas"
                        : "; fix the cause, then run apply again"))
    }

    /// New accounts accept role assumption only after a while (eventual consistency).
    func waitUntilRoleWorks(_ accountID: String) async throws {
        let member = run.client.assumeMemberAccount(accountID)
        _ = try await run.poll("the new account's OrganizationAccountAccessRole becoming usable") { () -> Bool? in
            do {
                _ = try await member.send(STS.getCallerIdentity, EmptyInput())
                return true
            } catch let error as AWSError
                where error.code.contains("AccessDenied") || error.code == "InvalidClientTokenId"
            {
                return nil
            }
        }
    }
}
