public import OrgModel
public import Planner

/// What a spec becomes on AWS, as provider-neutral resources the Planner compares with the live
/// organization (`AWSSnapshot.resources()`).
///
/// Order constraints from `docs/guardrails.md` are dependencies here: the SCP that carries
/// `protect-audit-log` is attached only after the archive bucket is fully configured, since the
/// SCP would otherwise stop Groundwork's own role in the log-archive account from configuring it.
public struct DesiredState: Sendable {
    public var organization: Organization
    public var known: KnownIDs
    public var trailName: String

    /// - Parameters:
    ///   - organization: the loaded spec.
    ///   - known: live ids that some values carry (see `KnownIDs`).
    ///   - trailName: the organization trail's name.
    public init(
        organization: Organization, known: KnownIDs = KnownIDs(),
        trailName: String = AuditLogResources.defaultTrailName
    ) {
        self.organization = organization
        self.known = known
        self.trailName = trailName
    }

    typealias Names = AWSResourceConventions
    typealias Attribute = AWSResourceConventions.Attribute

    /// The management account's key in the spec: the account with the management role.
    public var managementAccountKey: String? { organization.accounts(withRole: .management).first?.key }

    /// Every desired resource.
    ///
    /// - Throws: `PolicyError` for a guardrail, profile or retention AWS cannot hold;
    ///   `AWSOrganizationError` `.unsupported` for a spec AWS cannot express.
    public func resources() throws -> [Resource] {
        var resources: [Resource] = []
        resources += structure()
        let bucket = try archiveBucket()
        resources += try guardrails(bucket: bucket?.address)
        resources += try identity()
        if let bucket { resources.append(bucket) }
        if let trail = trail(bucket: bucket) { resources.append(trail) }
        return resources
    }

    // MARK: - Structure

    func structure() -> [Resource] {
        var resources: [Resource] = []
        for unit in organization.units {
            resources.append(
                Resource(
                    Names.unit(unit.path), area: .organization,
                    parent: unit.parentPath.map(Names.unit)))
        }
        for account in organization.accounts {
            if account.role == .management {
                // The management account exists by definition and cannot move or be recreated:
                // declared with no attributes so it is matched, never changed.
                resources.append(Resource(Names.account(account.key), area: .organization))
                continue
            }
            resources.append(
                Resource(
                    Names.account(account.key), area: .organization,
                    attributes: [Attribute.email: .string(account.email)],
                    parent: account.unit.map(Names.unit)))
        }
        return resources
    }

    // MARK: - Guardrails

    /// The audit-log resources `protect-audit-log` names. The bucket is always named by its
    /// pattern (`<org>-audit-log-*`) so the policy does not change once the log-archive account
    /// exists and the pattern never covers another organization's bucket.
    var auditLogResources: AuditLogResources {
        AuditLogResources(
            trailName: trailName, bucketName: ArchiveBucket.namePattern(organization: organization.settings.name))
    }

    func guardrails(bucket: ResourceAddress?) throws -> [Resource] {
        let policies = try GuardrailPolicies(organization: organization, auditLog: auditLogResources)
            .servicePolicies(for: organization.guardrails)
        let policyType = Names.policyType(Names.serviceControlPolicyType)
        var resources = [
            Resource(policyType, area: .guardrails, attributes: [Attribute.status: .string("ENABLED")])
        ]
        for policy in policies {
            let address = Names.guardrail(policy.name)
            resources.append(
                Resource(
                    address, area: .guardrails,
                    attributes: [
                        Attribute.content: .document(policy.document.minifiedJSON),
                        Attribute.description: .string(policy.description),
                    ],
                    dependencies: [policyType]))
            var dependencies = [address, policyType]
            switch policy.target {
            case .root: break
            case .unit(let path): dependencies.append(Names.unit(path))
            case .account(let key): dependencies.append(Names.account(key))
            }
            if policy.guardrails.contains(.protectAuditLog), let bucket {
                dependencies.append(bucket)
            }
            resources.append(
                Resource(
                    Names.attachment(policy.name, target: Names.targetLabel(policy.target)), area: .guardrails,
                    dependencies: dependencies))
        }
        return resources
    }

    // MARK: - Identity

    func identity() throws -> [Resource] {
        var resources: [Resource] = []
        for person in organization.people {
            resources.append(
                Resource(
                    Names.person(person.key), area: .identity,
                    attributes: [
                        Attribute.email: .string(person.email),
                        Attribute.displayName: .string(person.displayName ?? person.key),
                    ]))
        }
        for group in organization.identity.groups {
            resources.append(Resource(Names.group(group.name), area: .identity))
            for member in group.members {
                resources.append(
                    Resource(
                        Names.membership(group: group.name, person: member), area: .identity,
                        dependencies: [Names.group(group.name), Names.person(member)]))
            }
        }
        for profile in organization.identity.profiles {
            let definition = try PermissionSetDefinition(profile: profile)
            resources.append(
                Resource(Names.profile(profile.name), area: .identity, attributes: Self.attributes(of: definition)))
        }
        var seen: Set<ResourceAddress> = []
        for grant in organization.identity.access {
            let principal: AssignmentPrincipal
            let principalAddress: ResourceAddress
            if let group = grant.group {
                principal = .group(group)
                principalAddress = Names.group(group)
            } else if let person = grant.person {
                principal = .person(person)
                principalAddress = Names.person(person)
            } else {
                continue
            }
            for account in accounts(coveredBy: grant) {
                let address = Names.assignment(principal: principal, profile: grant.profile, account: account)
                guard seen.insert(address).inserted else { continue }
                resources.append(
                    Resource(
                        address, area: .identity,
                        dependencies: [principalAddress, Names.profile(grant.profile), Names.account(account)]))
            }
        }
        return resources
    }

    /// The grant's accounts plus every account beneath its units, in spec order, once each.
    func accounts(coveredBy grant: AccessGrant) -> [String] {
        var keys: [String] = []
        for account in organization.accounts {
            let direct = grant.accounts.contains(account.key)
            let beneath =
                account.unit.map { unit in grant.units.contains { OrgUnit(path: $0).contains(unit) } } ?? false
            if direct || beneath { keys.append(account.key) }
        }
        return keys
    }

    /// A permission set's compared attributes, shared with the live side.
    static func attributes(of definition: PermissionSetDefinition) -> [String: AttributeValue] {
        var aws: [String] = []
        var customer: [String] = []
        for policy in definition.managedPolicies {
            switch policy {
            case .awsManaged(let arn): aws.append(arn)
            case .customerManaged(let name, let path): customer.append(path + name)
            }
        }
        return [
            Attribute.sessionDuration: .string(definition.sessionDuration),
            Attribute.managedPolicies: .list(aws.sorted().map(AttributeValue.string)),
            Attribute.customerManagedPolicies: .list(customer.sorted().map(AttributeValue.string)),
            Attribute.inlinePolicy: .document(definition.inlinePolicy?.minifiedJSON ?? ""),
            Attribute.description: .string(definition.description),
        ]
    }

    // MARK: - Audit log

    /// The archive account's key, when the spec declares one that is also an account.
    var archiveAccount: Account? {
        organization.auditLog.archive.flatMap(organization.account)
    }

    /// The archive bucket's name, or `knownAfterApply` before the log-archive account exists.
    var bucketName: String {
        guard let account = archiveAccount, let id = known.accountIDs[account.key],
            let name = try? ArchiveBucket.name(organization: organization.settings.name, accountID: id)
        else { return Names.knownAfterApply }
        return name
    }

    func archiveBucket() throws -> Resource? {
        guard let account = archiveAccount else { return nil }
        let name = bucketName
        let bucket = try ArchiveBucket(name: name, auditLog: organization.auditLog)
        var attributes: [String: AttributeValue] = [
            Attribute.bucketName: .string(name),
            Attribute.versioning: .string(bucket.versioningEnabled ? "Enabled" : "Suspended"),
            Attribute.objectLock: Names.objectLockValue(bucket.objectLock),
            Attribute.publicAccessBlock: Names.publicAccessBlockValue(bucket.publicAccessBlock),
            Attribute.encryption: Names.encryptionValue(bucket.encryption),
        ]
        attributes[Attribute.bucketPolicy] = .document(bucketPolicy(for: bucket) ?? "")
        return Resource(
            Names.archiveBucket(account: account.key), area: .auditLog, attributes: attributes,
            dependencies: [Names.account(account.key)])
    }

    /// The bucket policy once every id it names is known; nil before.
    func bucketPolicy(for bucket: ArchiveBucket) -> String? {
        guard bucket.name != Names.knownAfterApply, let management = known.managementAccountID,
            let organizationID = known.organizationID
        else { return nil }
        let trail = OrganizationTrail(
            name: trailName, homeRegion: organization.settings.homeRegion, bucketName: bucket.name)
        return bucket.policy(
            trailARN: trail.arn(managementAccountID: management), managementAccountID: management,
            organizationID: organizationID
        ).minifiedJSON
    }

    func trail(bucket: Resource?) -> Resource? {
        guard let bucket,
            organization.auditLog.sources.contains(.awsCloudTrail) || organization.auditLog.sources.isEmpty
        else { return nil }
        let trail = OrganizationTrail(
            name: trailName, homeRegion: organization.settings.homeRegion, bucketName: bucketName)
        return Resource(
            Names.trail(trail.name), area: .auditLog,
            attributes: [
                Attribute.bucket: .string(trail.bucketName),
                Attribute.multiRegion: .bool(trail.isMultiRegionTrail),
                Attribute.logFileValidation: .bool(trail.enableLogFileValidation),
                Attribute.organizationTrail: .bool(trail.isOrganizationTrail),
                Attribute.globalServiceEvents: .bool(trail.includeGlobalServiceEvents),
                Attribute.logging: .bool(true),
            ],
            dependencies: [bucket.address])
    }
}
