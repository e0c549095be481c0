public import Planner

extension AWSSnapshot {
    typealias Names = AWSResourceConventions
    typealias Attribute = AWSResourceConventions.Attribute

    /// The live organization as resources, addressed and attributed exactly as `DesiredState`
    /// builds them, so the Planner can compare the two.
    ///
    /// - Parameter managementAccountKey: the spec's key for the management account; the live
    ///   management account is addressed by it (its AWS name is whatever it was created with).
    /// Accounts are marked `preventDeletion`: Groundwork never closes an account.
    public func resources(managementAccountKey: String? = nil) -> [Resource] {
        var resources: [Resource] = []
        let accountName = accountNames(managementAccountKey: managementAccountKey)
        let unitPath = Dictionary(units.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })

        // Structure.
        for unit in units {
            resources.append(
                Resource(
                    Names.unit(unit.path), area: .organization,
                    parent: unitPath[unit.parentID].map(Names.unit), providerID: unit.id))
        }
        for account in accounts where account.status != "SUSPENDED" && account.status != "PENDING_CLOSURE" {
            let name = accountName[account.id] ?? account.name
            if account.id == managementAccountID {
                resources.append(
                    Resource(Names.account(name), area: .organization, providerID: account.id, preventDeletion: true))
                continue
            }
            resources.append(
                Resource(
                    Names.account(name), area: .organization, attributes: [Attribute.email: .string(account.email)],
                    parent: account.unitPath.map(Names.unit), providerID: account.id, preventDeletion: true))
        }

        // Guardrails.
        if enabledPolicyTypes.contains(Names.serviceControlPolicyType) {
            resources.append(
                Resource(
                    Names.policyType(Names.serviceControlPolicyType), area: .guardrails,
                    attributes: [Attribute.status: .string("ENABLED")], providerID: rootID))
        }
        for policy in policies where policy.type == Names.serviceControlPolicyType && !policy.awsManaged {
            let address = Names.guardrail(policy.name)
            resources.append(
                Resource(
                    address, area: .guardrails,
                    attributes: [
                        Attribute.content: .document(policy.content),
                        Attribute.description: .string(policy.description),
                    ],
                    providerID: policy.id))
            for target in policy.targetIDs {
                let label: String
                if target == rootID {
                    label = "root"
                } else if let path = unitPath[target] {
                    label = "unit:\(path)"
                } else {
                    label = "account:\(accountName[target] ?? target)"
                }
                resources.append(
                    Resource(
                        Names.attachment(policy.name, target: label), area: .guardrails, dependencies: [address],
                        providerID: "\(policy.id)|\(target)"))
            }
        }

        // Identity.
        if let center = identityCenter {
            resources += center.resources(accountName: accountName)
        }

        // Audit log.
        if let bucket = archiveBucket {
            resources.append(bucket.resource)
        }
        for trail in trails {
            resources.append(
                Resource(
                    Names.trail(trail.name), area: .auditLog,
                    attributes: [
                        Attribute.bucket: .string(trail.bucketName ?? ""),
                        Attribute.multiRegion: .bool(trail.isMultiRegion),
                        Attribute.logFileValidation: .bool(trail.logFileValidation),
                        Attribute.organizationTrail: .bool(trail.isOrganizationTrail),
                        Attribute.globalServiceEvents: .bool(trail.includeGlobalServiceEvents),
                        Attribute.logging: .bool(trail.isLogging),
                    ],
                    providerID: trail.arn ?? trail.name))
        }
        return resources
    }

    /// Account names by id, with the management account under the spec's key.
    func accountNames(managementAccountKey: String?) -> [String: String] {
        var names: [String: String] = [:]
        for account in accounts { names[account.id] = account.name }
        if let managementAccountKey { names[managementAccountID] = managementAccountKey }
        return names
    }
}

extension AWSSnapshot.IdentityCenterState {
    typealias Names = AWSResourceConventions
    typealias Attribute = AWSResourceConventions.Attribute

    func resources(accountName: [String: String]) -> [Resource] {
        var resources: [Resource] = []
        let userName = Dictionary(users.map { ($0.id, $0.userName) }, uniquingKeysWith: { first, _ in first })
        let groupName = Dictionary(groups.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let setName = Dictionary(permissionSets.map { ($0.arn, $0.name) }, uniquingKeysWith: { first, _ in first })
        for user in users {
            resources.append(
                Resource(
                    Names.person(user.userName), area: .identity,
                    attributes: [
                        Attribute.email: .string(user.email ?? ""),
                        Attribute.displayName: .string(user.displayName ?? ""),
                    ],
                    providerID: user.id))
        }
        for group in groups {
            resources.append(Resource(Names.group(group.displayName), area: .identity, providerID: group.id))
        }
        for membership in memberships {
            guard let group = groupName[membership.groupID], let user = userName[membership.userID] else { continue }
            resources.append(
                Resource(
                    Names.membership(group: group, person: user), area: .identity,
                    dependencies: [Names.group(group), Names.person(user)], providerID: membership.id))
        }
        for set in permissionSets {
            resources.append(
                Resource(
                    Names.profile(set.name), area: .identity,
                    attributes: [
                        Attribute.sessionDuration: .string(set.sessionDuration),
                        Attribute.managedPolicies: .list(set.managedPolicyARNs.sorted().map(AttributeValue.string)),
                        Attribute.customerManagedPolicies: .list(
                            set.customerManagedPolicies.sorted().map(AttributeValue.string)),
                        Attribute.inlinePolicy: .document(set.inlinePolicy),
                        Attribute.description: .string(set.description),
                    ],
                    providerID: set.arn))
        }
        for assignment in assignments {
            guard let profile = setName[assignment.permissionSetARN], let account = accountName[assignment.accountID]
            else { continue }
            let principal: AssignmentPrincipal
            let principalAddress: ResourceAddress
            if assignment.principalType == "GROUP", let group = groupName[assignment.principalID] {
                principal = .group(group)
                principalAddress = Names.group(group)
            } else if assignment.principalType == "USER", let user = userName[assignment.principalID] {
                principal = .person(user)
                principalAddress = Names.person(user)
            } else {
                continue
            }
            resources.append(
                Resource(
                    Names.assignment(principal: principal, profile: profile, account: account), area: .identity,
                    dependencies: [principalAddress, Names.profile(profile), Names.account(account)],
                    providerID: [
                        assignment.accountID, assignment.permissionSetARN, assignment.principalType,
                        assignment.principalID,
                    ].joined(separator: "|")))
        }
        return resources
    }
}

extension AWSSnapshot.Bucket {
    var resource: Resource {
        Resource(
            AWSResourceConventions.archiveBucket(account: accountName), area: .auditLog,
            attributes: [
                AWSResourceConventions.Attribute.bucketName: .string(name),
                AWSResourceConventions.Attribute.versioning: .string(versioning),
                AWSResourceConventions.Attribute.objectLock: AWSResourceConventions.objectLockValue(objectLock),
                AWSResourceConventions.Attribute.publicAccessBlock: publicAccessBlock.map(
                    AWSResourceConventions.publicAccessBlockValue) ?? .list([]),
                AWSResourceConventions.Attribute.encryption: encryption.map(AWSResourceConventions.encryptionValue)
                    ?? .string("none"),
                AWSResourceConventions.Attribute.bucketPolicy: .document(policy),
            ],
            dependencies: [AWSResourceConventions.account(accountName)],
            providerID: name)
    }
}
