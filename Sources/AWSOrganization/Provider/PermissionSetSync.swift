import AWS
import Planner

/// Creates or updates a permission set to match its profile, then re-provisions it to the
/// accounts it is assigned to, waiting for provisioning to finish.
struct PermissionSetSync: Sendable {
    let run: StepRun
    typealias Attribute = AWSResourceConventions.Attribute

    func perform() async throws -> StepResult {
        let center = try run.identityCenter()
        let instance = center.instanceARN
        let home = run.home
        let name = run.step.address.name
        let session = run.string(Attribute.sessionDuration) ?? "PT1H"
        let description = run.string(Attribute.description) ?? ""

        // Stage 1: the set itself.
        var arn = run.step.providerID
        var created = false
        if arn == nil {
            do {
                let made = try await home.send(
                    SSOAdmin.createPermissionSet,
                    .init(name: name, description: description, instanceArn: instance, sessionDuration: session))
                arn = made.permissionSet?.permissionSetArn
                created = true
            } catch  where run.isError(error, ["ConflictException"]) {
                arn = try await find(name: name, instance: instance)
            }
        }
        guard let arn else {
            throw AWSOrganizationError(.api, "\(run.step.id): Identity Center returned no permission set ARN")
        }
        if !created {
            _ = try await home.send(
                SSOAdmin.updatePermissionSet,
                .init(instanceArn: instance, permissionSetArn: arn, description: description, sessionDuration: session))
        }

        // Stage 2: policies to match.
        let live = try await LiveReader.readPermissionSet(client: home, instanceARN: instance, arn: arn)
        let wanted = strings(Attribute.managedPolicies)
        for policy in wanted where !live.managedPolicyARNs.contains(policy) {
            _ = try await home.send(
                SSOAdmin.attachManagedPolicyToPermissionSet,
                .init(instanceArn: instance, permissionSetArn: arn, managedPolicyArn: policy))
        }
        for policy in live.managedPolicyARNs where !wanted.contains(policy) {
            _ = try await home.send(
                SSOAdmin.detachManagedPolicyFromPermissionSet,
                .init(instanceArn: instance, permissionSetArn: arn, managedPolicyArn: policy))
        }
        let customer = strings(Attribute.customerManagedPolicies)
        for reference in customer where !live.customerManagedPolicies.contains(reference) {
            _ = try await home.send(
                SSOAdmin.attachCustomerManagedPolicyReferenceToPermissionSet,
                .init(
                    instanceArn: instance, permissionSetArn: arn,
                    customerManagedPolicyReference: Self.reference(reference)))
        }
        for reference in live.customerManagedPolicies where !customer.contains(reference) {
            _ = try await home.send(
                SSOAdmin.detachCustomerManagedPolicyReferenceFromPermissionSet,
                .init(
                    instanceArn: instance, permissionSetArn: arn,
                    customerManagedPolicyReference: Self.reference(reference)))
        }
        let inline = run.document(Attribute.inlinePolicy) ?? ""
        if AttributeValue.document(inline) != AttributeValue.document(live.inlinePolicy) {
            if inline.isEmpty {
                _ = try await home.send(
                    SSOAdmin.deleteInlinePolicyFromPermissionSet, .init(instanceArn: instance, permissionSetArn: arn))
            } else {
                _ = try await home.send(
                    SSOAdmin.putInlinePolicyToPermissionSet,
                    .init(instanceArn: instance, permissionSetArn: arn, inlinePolicy: inline))
            }
        }

        // Stage 3: accounts already using the set get the new version.
        if !created {
            let started = try await home.send(
                SSOAdmin.provisionPermissionSet,
                .init(instanceArn: instance, permissionSetArn: arn, targetType: "ALL_PROVISIONED_ACCOUNTS"))
            var status = started.permissionSetProvisioningStatus
            if status?.status == "IN_PROGRESS", let request = status?.requestId {
                status = try await run.poll("provisioning permission set '\(name)'") {
                    let now = try await home.send(
                        SSOAdmin.describePermissionSetProvisioningStatus,
                        .init(instanceArn: instance, provisionPermissionSetRequestId: request)
                    ).permissionSetProvisioningStatus
                    return now?.status == "IN_PROGRESS" ? nil : now
                }
            }
            if status?.status == "FAILED" {
                throw AWSOrganizationError(
                    .asynchronousFailure,
                    "\(run.step.id): provisioning failed: \(status?.failureReason ?? "no reason given"); a customer managed policy the set names may be missing in an assigned account"
                )
            }
        }
        return StepResult(providerID: arn)
    }

    func strings(_ name: String) -> [String] {
        guard case .list(let items)? = run.desiredAttributes[name] else { return [] }
        return items.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    static func reference(_ pathAndName: String) -> SSOAdmin.CustomerManagedPolicyReference {
        guard let slash = pathAndName.lastIndex(of: "/") else { return .init(name: pathAndName, path: "/") }
        return .init(name: String(pathAndName[pathAndName.index(after: slash)...]), path: String(pathAndName[...slash]))
    }

    func find(name: String, instance: String) async throws -> String? {
        let home = run.home
        let arns = try await home.all(SSOAdmin.listPermissionSets, .init(instanceArn: instance), \.permissionSets)
        for arn in arns {
            let set = try await home.send(
                SSOAdmin.describePermissionSet, .init(instanceArn: instance, permissionSetArn: arn))
            if set.permissionSet?.name == name { return arn }
        }
        return nil
    }
}
