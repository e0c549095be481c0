import AWS
import Foundation
import OrgModel
import Planner
import Support

/// One step being carried out: the API calls for its kind and action.
struct StepRun: Sendable {
    let provider: AWSOrganizationProvider
    let snapshot: AWSSnapshot
    let step: PlanStep
    let context: StepContext

    typealias Names = AWSResourceConventions
    typealias Attribute = AWSResourceConventions.Attribute

    var client: AWSClient { provider.client }
    var home: AWSClient { provider.client.withRegion(provider.organization.settings.homeRegion) }

    func perform() async throws -> StepResult {
        switch (step.address.kind, step.action) {
        case (.policyType, .create), (.policyType, .update): return try await enablePolicyType()
        case (.unit, .create): return try await createUnit()
        case (.unit, .delete): return try await deleteUnit()
        case (.account, .create): return try await AccountCreation(run: self).perform()
        case (.account, .move): return try await moveAccount()
        case (.guardrail, .create), (.guardrail, .update): return try await putPolicy()
        case (.guardrail, .delete): return try await deletePolicy()
        case (.guardrailAttachment, .create): return try await attachPolicy()
        case (.guardrailAttachment, .delete): return try await detachPolicy()
        case (.person, .create): return try await createPerson()
        case (.group, .create): return try await createGroup()
        case (.membership, .create): return try await createMembership()
        case (.membership, .delete): return try await deleteMembership()
        case (.profile, .create), (.profile, .update): return try await PermissionSetSync(run: self).perform()
        case (.assignment, .create): return try await createAssignment()
        case (.assignment, .delete): return try await deleteAssignment()
        case (.archiveBucket, .create), (.archiveBucket, .update): return try await BucketSync(run: self).perform()
        case (.trail, .create), (.trail, .update): return try await putTrail()
        case (.person, .delete), (.group, .delete), (.profile, .delete): return try await deleteIdentity()
        case (.archiveBucket, .delete), (.trail, .delete):
            throw AWSOrganizationError(
                .unsupported,
                "\(step.id): Groundwork never deletes the audit log; if '\(step.address.name)' is truly no longer needed, remove it yourself after its retention ends"
            )
        case (.account, .delete):
            throw AWSOrganizationError(
                .unsupported,
                "\(step.id): Groundwork never closes AWS accounts; close '\(step.address.name)' yourself in the console if you mean to"
            )
        default:
            throw AWSOrganizationError(
                .unsupported,
                "\(step.id): Groundwork cannot \(step.action.rawValue) a \(step.address.kind) yet; make this change in the AWS console, then plan again"
            )
        }
    }

    // MARK: - Helpers

    /// The provider id of a referenced resource, from this run or the live snapshot.
    func id(of address: ResourceAddress) throws -> String {
        if let id = context.providerID(for: address) { return id }
        throw AWSOrganizationError(
            .notFound,
            "\(step.id): the id of '\(address)' is unknown; its own step must have failed: fix that first and run apply again"
        )
    }

    /// The parent id for an organization parent address (nil is the root).
    func parentID(_ parent: ResourceAddress?) throws -> String {
        guard let parent else { return snapshot.rootID }
        return try id(of: parent)
    }

    func isError(_ error: any Error, _ codes: Set<String>) -> Bool {
        (error as? AWSError).map { codes.contains($0.code) } ?? false
    }

    var desiredAttributes: [String: AttributeValue] { step.desired?.attributes ?? [:] }

    func string(_ name: String) -> String? {
        if case .string(let value)? = desiredAttributes[name] { return value }
        return nil
    }

    func document(_ name: String) -> String? {
        if case .document(let value)? = desiredAttributes[name] { return value }
        return nil
    }

    /// Waits with exponential backoff until `check` returns a value, up to the provider's timeout.
    func poll<T: Sendable>(_ what: String, _ check: () async throws -> T?) async throws -> T {
        let deadline = ContinuousClock.now + provider.waiting.timeout
        var delay = provider.waiting.firstPoll
        while true {
            if let value = try await check() { return value }
            guard ContinuousClock.now < deadline else {
                throw AWSOrganizationError(
                    .asynchronousFailure,
                    "\(step.id): \(what) did not finish within \(provider.waiting.timeout); it may still complete: run 'groundwork apply' again later and it will pick it up"
                )
            }
            try await provider.sleeper(delay)
            delay = min(delay * 2, provider.waiting.maximumPoll)
        }
    }

    // MARK: - Organization structure

    func enablePolicyType() async throws -> StepResult {
        do {
            _ = try await client.send(
                Organizations.enablePolicyType, .init(rootId: snapshot.rootID, policyType: step.address.name))
        } catch  where isError(error, ["PolicyTypeAlreadyEnabledException"]) {}
        return StepResult(providerID: snapshot.rootID)
    }

    func createUnit() async throws -> StepResult {
        let parent = try parentID(step.desired?.parent)
        let name = OrgUnit(path: step.address.name).name
        do {
            let created = try await client.send(
                Organizations.createOrganizationalUnit, .init(parentId: parent, name: name))
            return StepResult(providerID: created.organizationalUnit?.id)
        } catch  where isError(error, ["DuplicateOrganizationalUnitException"]) {
            let units = try await client.all(
                Organizations.listOrganizationalUnitsForParent, .init(parentId: parent), \.organizationalUnits)
            return StepResult(providerID: units.first { $0.name == name }?.id, note: "already existed")
        }
    }

    func deleteUnit() async throws -> StepResult {
        guard let id = step.providerID else { return StepResult() }
        do {
            _ = try await client.send(Organizations.deleteOrganizationalUnit, .init(organizationalUnitId: id))
        } catch  where isError(error, ["OrganizationalUnitNotFoundException"]) {}
        return StepResult()
    }

    func moveAccount() async throws -> StepResult {
        let account = try id(of: step.address)
        let destination = try parentID(step.desired?.parent)
        var source = try parentID(step.actual?.parent)
        for attempt in 0..<2 {
            do {
                _ = try await client.send(
                    Organizations.moveAccount,
                    .init(accountId: account, sourceParentId: source, destinationParentId: destination))
                return StepResult(providerID: account)
            } catch  where isError(error, ["DuplicateAccountException"]) {
                return StepResult(providerID: account, note: "already there")
            } catch
                where attempt == 0 && isError(error, ["SourceParentNotFoundException", "AccountNotFoundException"])
            {
                // Moved since the plan was made: move it from where it is now.
                source = try await currentParent(of: account)
                if source == destination { return StepResult(providerID: account, note: "already there") }
            }
        }
        return StepResult(providerID: account)
    }

    func currentParent(of account: String) async throws -> String {
        let parents = try await client.all(Organizations.listParents, .init(childId: account), \.parents)
        guard let id = parents.first?.id else {
            throw AWSOrganizationError(
                .notFound, "\(step.id): account '\(account)' has no parent; is it still in the organization?")
        }
        return id
    }

    // MARK: - Guardrails

    func putPolicy() async throws -> StepResult {
        let content = document(Attribute.content) ?? ""
        let description = string(Attribute.description) ?? ""
        if step.action == .update, let id = step.providerID {
            _ = try await client.send(
                Organizations.updatePolicy,
                .init(policyId: id, name: nil, description: description, content: content))
            return StepResult(providerID: id)
        }
        do {
            let created = try await client.send(
                Organizations.createPolicy,
                .init(
                    content: content, description: description, name: step.address.name,
                    type: Names.serviceControlPolicyType))
            return StepResult(providerID: created.policy?.policySummary?.id)
        } catch  where isError(error, ["DuplicatePolicyException"]) {
            let policies = try await client.all(
                Organizations.listPolicies, .init(filter: Names.serviceControlPolicyType), \.policies)
            guard let id = policies.first(where: { $0.name == step.address.name })?.id else { throw error }
            _ = try await client.send(
                Organizations.updatePolicy,
                .init(policyId: id, name: nil, description: description, content: content))
            return StepResult(providerID: id, note: "already existed; content brought up to date")
        }
    }

    func deletePolicy() async throws -> StepResult {
        guard let id = step.providerID else { return StepResult() }
        do {
            _ = try await client.send(Organizations.deletePolicy, .init(policyId: id))
        } catch  where isError(error, ["PolicyNotFoundException"]) {}
        return StepResult()
    }

    func attachmentTarget() throws -> String {
        let label = step.address.name.split(separator: "@", maxSplits: 1).last.map(String.init) ?? "root"
        if label == "root" { return snapshot.rootID }
        if label.hasPrefix("unit:") { return try id(of: Names.unit(String(label.dropFirst(5)))) }
        return try id(of: Names.account(String(label.dropFirst(8))))
    }

    func attachPolicy() async throws -> StepResult {
        let policyName = String(step.address.name.split(separator: "@", maxSplits: 1).first ?? "")
        let policy = try id(of: Names.guardrail(policyName))
        let target = try attachmentTarget()
        do {
            _ = try await client.send(Organizations.attachPolicy, .init(policyId: policy, targetId: target))
        } catch  where isError(error, ["DuplicatePolicyAttachmentException"]) {}
        return StepResult(providerID: "\(policy)|\(target)")
    }

    func detachPolicy() async throws -> StepResult {
        let parts = (step.providerID ?? "").split(separator: "|").map(String.init)
        guard parts.count == 2 else { return StepResult() }
        do {
            _ = try await client.send(Organizations.detachPolicy, .init(policyId: parts[0], targetId: parts[1]))
        } catch  where isError(error, ["PolicyNotAttachedException", "PolicyNotFoundException"]) {}
        return StepResult()
    }

    // MARK: - Identity

    func identityCenter() throws -> AWSSnapshot.IdentityCenterState {
        guard let center = snapshot.identityCenter else {
            throw AWSOrganizationError(
                .missingPrerequisite,
                "\(step.id): the organization has no IAM Identity Center instance; enable Identity Center in the management account's home region (console: IAM Identity Center → Enable), then run apply again"
            )
        }
        return center
    }

    func createPerson() async throws -> StepResult {
        let center = try identityCenter()
        let key = step.address.name
        let display = string(Attribute.displayName) ?? key
        let parts = display.split(separator: " ", maxSplits: 1).map(String.init)
        do {
            let created = try await home.send(
                IdentityStore.createUser,
                .init(
                    identityStoreId: center.identityStoreID, userName: key,
                    name: IdentityStore.Name(
                        formatted: display, familyName: parts.count > 1 ? parts[1] : display, givenName: parts[0]),
                    displayName: display, emails: [IdentityStore.Email(value: string(Attribute.email) ?? "")]))
            return StepResult(providerID: created.userId)
        } catch  where isError(error, ["ConflictException"]) {
            let users = try await home.all(
                IdentityStore.listUsers, .init(identityStoreId: center.identityStoreID), \.users)
            guard let user = users.first(where: { $0.userName == key }) else { throw error }
            return StepResult(providerID: user.userId, note: "already existed")
        }
    }

    func createGroup() async throws -> StepResult {
        let center = try identityCenter()
        let name = step.address.name
        do {
            let created = try await home.send(
                IdentityStore.createGroup,
                .init(
                    identityStoreId: center.identityStoreID, displayName: name,
                    description: "Groundwork group '\(name)'"))
            return StepResult(providerID: created.groupId)
        } catch  where isError(error, ["ConflictException"]) {
            let groups = try await home.all(
                IdentityStore.listGroups, .init(identityStoreId: center.identityStoreID), \.groups)
            guard let group = groups.first(where: { $0.displayName == name }) else { throw error }
            return StepResult(providerID: group.groupId, note: "already existed")
        }
    }

    func createMembership() async throws -> StepResult {
        let center = try identityCenter()
        let parts = step.address.name.split(separator: "/", maxSplits: 1).map(String.init)
        let group = try id(of: Names.group(parts[0]))
        let user = try id(of: Names.person(parts.count > 1 ? parts[1] : ""))
        do {
            let created = try await home.send(
                IdentityStore.createGroupMembership,
                .init(identityStoreId: center.identityStoreID, groupId: group, memberId: .init(userId: user)))
            return StepResult(providerID: created.membershipId)
        } catch  where isError(error, ["ConflictException"]) {
            let memberships = try await home.all(
                IdentityStore.listGroupMemberships, .init(identityStoreId: center.identityStoreID, groupId: group),
                \.groupMemberships)
            return StepResult(
                providerID: memberships.first { $0.memberId?.userId == user }?.membershipId, note: "already existed")
        }
    }

    func deleteMembership() async throws -> StepResult {
        let center = try identityCenter()
        guard let id = step.providerID else { return StepResult() }
        do {
            _ = try await home.send(
                IdentityStore.deleteGroupMembership, .init(identityStoreId: center.identityStoreID, membershipId: id)
            )
        } catch  where isError(error, ["ResourceNotFoundException"]) {}
        return StepResult()
    }

    /// The assignment's parts: principal id and type, permission set ARN, account id.
    func assignmentRequest() throws -> SSOAdmin.CreateAccountAssignmentRequest {
        let center = try identityCenter()
        let parts = step.address.name.split(separator: "/").map(String.init)
        guard parts.count == 3 else {
            throw AWSOrganizationError(
                .notFound, "\(step.id): not an assignment address of the form principal/profile/account")
        }
        let principal = AssignmentPrincipal(label: parts[0])
        let principalID: String
        let principalType: String
        switch principal {
        case .group(let name):
            principalID = try id(of: Names.group(name))
            principalType = "GROUP"
        case .person(let key):
            principalID = try id(of: Names.person(key))
            principalType = "USER"
        }
        return SSOAdmin.CreateAccountAssignmentRequest(
            instanceArn: center.instanceARN, targetId: try id(of: Names.account(parts[2])), targetType: "AWS_ACCOUNT",
            permissionSetArn: try id(of: Names.profile(parts[1])), principalType: principalType,
            principalId: principalID)
    }

    func createAssignment() async throws -> StepResult {
        let request = try assignmentRequest()
        let providerID = [request.targetId, request.permissionSetArn, request.principalType, request.principalId]
            .joined(separator: "|")
        let started: SSOAdmin.CreateAccountAssignmentResponse
        do {
            started = try await home.send(SSOAdmin.createAccountAssignment, request)
        } catch  where isError(error, ["ConflictException"]) {
            return StepResult(providerID: providerID, note: "already existed")
        }
        var status = started.accountAssignmentCreationStatus
        if status?.status == "IN_PROGRESS", let requestID = status?.requestId {
            status = try await poll("the account assignment") {
                let now = try await home.send(
                    SSOAdmin.describeAccountAssignmentCreationStatus,
                    .init(instanceArn: request.instanceArn, accountAssignmentCreationRequestId: requestID)
                )
                .accountAssignmentCreationStatus
                return now?.status == "IN_PROGRESS" ? nil : now
            }
        }
        if status?.status == "FAILED" {
            throw AWSOrganizationError(
                .asynchronousFailure,
                "\(step.id): Identity Center could not assign the permission set: \(status?.failureReason ?? "no reason given"); check that the account is active and the permission set's policies exist there, then run apply again"
            )
        }
        return StepResult(providerID: providerID)
    }

    func deleteAssignment() async throws -> StepResult {
        let center = try identityCenter()
        let parts = (step.providerID ?? "").split(separator: "|").map(String.init)
        guard parts.count == 4 else { return StepResult() }
        do {
            _ = try await home.send(
                SSOAdmin.deleteAccountAssignment,
                .init(
                    instanceArn: center.instanceARN, targetId: parts[0], targetType: "AWS_ACCOUNT",
                    permissionSetArn: parts[1],
                    principalType: parts[2], principalId: parts[3]))
        } catch  where isError(error, ["ResourceNotFoundException"]) {}
        return StepResult()
    }

    /// Offboarding with `--prune`: people, groups and permission sets the spec no longer names.
    /// Their memberships and assignments are deleted first (the plan orders deletes that way).
    func deleteIdentity() async throws -> StepResult {
        let center = try identityCenter()
        guard let id = step.providerID else { return StepResult() }
        do {
            switch step.address.kind {
            case .person:
                _ = try await home.send(
                    IdentityStore.deleteUser, .init(identityStoreId: center.identityStoreID, userId: id))
            case .group:
                _ = try await home.send(
                    IdentityStore.deleteGroup, .init(identityStoreId: center.identityStoreID, groupId: id))
            default:
                _ = try await home.send(
                    SSOAdmin.deletePermissionSet, .init(instanceArn: center.instanceARN, permissionSetArn: id))
            }
        } catch  where isError(error, ["ResourceNotFoundException"]) {}
        return StepResult()
    }

    // MARK: - Trail

    func putTrail() async throws -> StepResult {
        // The bucket's provider id is its name, known once its step has run.
        let bucket = try id(of: Names.archiveBucket(account: provider.organization.auditLog.archive ?? ""))
        let trail = OrganizationTrail(
            name: step.address.name, homeRegion: provider.organization.settings.homeRegion, bucketName: bucket)
        let update = CloudTrail.UpdateTrailRequest(
            name: trail.name, s3BucketName: bucket, includeGlobalServiceEvents: trail.includeGlobalServiceEvents,
            isMultiRegionTrail: trail.isMultiRegionTrail, enableLogFileValidation: trail.enableLogFileValidation,
            isOrganizationTrail: trail.isOrganizationTrail)
        var arn: String?
        if step.action == .create {
            do {
                arn = try await home.send(
                    CloudTrail.createTrail,
                    .init(
                        name: trail.name, s3BucketName: bucket,
                        includeGlobalServiceEvents: trail.includeGlobalServiceEvents,
                        isMultiRegionTrail: trail.isMultiRegionTrail,
                        enableLogFileValidation: trail.enableLogFileValidation,
                        isOrganizationTrail: trail.isOrganizationTrail)
                ).trailARN
            } catch  where isError(error, ["TrailAlreadyExistsException"]) {
                arn = try await home.send(CloudTrail.updateTrail, update).trailARN
            }
        } else {
            arn = try await home.send(CloudTrail.updateTrail, update).trailARN
        }
        _ = try await home.send(CloudTrail.startLogging, .init(name: trail.name))
        return StepResult(providerID: arn ?? trail.arn(managementAccountID: snapshot.managementAccountID))
    }
}
