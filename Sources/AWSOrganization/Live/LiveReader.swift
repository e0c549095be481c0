public import AWS
import Foundation
public import OrgModel
import Support

/// Reads the live AWS organization into an `AWSSnapshot`, with read-only calls only (what
/// `docs/iam/plan-policy.json` allows), fanning out with a bound.
public struct LiveReader: Sendable {
    /// What to look for beyond what the organization lists itself: the archive bucket lives in a
    /// member account under a name derived from the spec.
    public struct Target: Sendable, Hashable {
        /// The spec's organization name, which the archive bucket's name starts with.
        public var organizationName: String
        /// The log-archive account's name (the spec's key).
        public var archiveAccountName: String?
        public var homeRegion: String
        public var managementAccountKey: String?

        public init(
            organizationName: String, archiveAccountName: String?, homeRegion: String, managementAccountKey: String?
        ) {
            self.organizationName = organizationName
            self.archiveAccountName = archiveAccountName
            self.homeRegion = homeRegion
            self.managementAccountKey = managementAccountKey
        }

        /// The target a spec describes.
        public init(organization: Organization) {
            self.init(
                organizationName: organization.settings.name, archiveAccountName: organization.auditLog.archive,
                homeRegion: organization.settings.homeRegion,
                managementAccountKey: organization.accounts(withRole: .management).first?.key)
        }
    }

    public var client: AWSClient
    public var target: Target
    /// Most calls in flight at once from this reader.
    public var parallelism: Int
    /// The role assumed in member accounts.
    public var memberRoleName: String

    public init(
        client: AWSClient, target: Target, parallelism: Int = 8,
        memberRoleName: String = "OrganizationAccountAccessRole"
    ) {
        self.client = client
        self.target = target
        self.parallelism = max(1, parallelism)
        self.memberRoleName = memberRoleName
    }

    var home: AWSClient { client.withRegion(target.homeRegion) }

    /// Reads everything.
    ///
    /// - Throws: `AWSOrganizationError` `.missingPrerequisite` when there is no organization;
    ///   `AWSError`/`AWSClientError` when a call fails (permissions, network).
    public func read() async throws -> AWSSnapshot {
        // Stage 1: the organization itself; everything else hangs off it.
        let description: Organizations.DescribeOrganizationResponse
        do {
            description = try await client.send(Organizations.describeOrganization, EmptyInput())
        } catch let error as AWSError where error.code == "AWSOrganizationsNotInUseException" {
            throw AWSOrganizationError(
                .missingPrerequisite,
                "this account is not in an AWS organization; create one in the management account ('aws organizations create-organization --feature-set ALL') and run again"
            )
        }
        guard let org = description.organization, let organizationID = org.id, let managementID = org.masterAccountId
        else {
            throw AWSOrganizationError(.missingPrerequisite, "DescribeOrganization returned no organization id")
        }
        let roots = try await client.all(Organizations.listRootsWithPolicyTypes, .init(), \.roots)
        guard let root = roots.first, let rootID = root.id else {
            throw AWSOrganizationError(.missingPrerequisite, "the organization '\(organizationID)' has no root")
        }
        let enabledTypes = (root.policyTypes ?? []).filter { $0.status == "ENABLED" }.compactMap(\.type).sorted()

        // Stage 2: independent reads side by side.
        async let unitsAndAccounts = readTree(rootID: rootID)
        async let policies = readPolicies()
        async let delegated = client.all(
            Organizations.listDelegatedAdministrators, .init(), \.delegatedAdministrators)
        async let services = client.all(
            Organizations.listAWSServiceAccessForOrganization, .init(), \.enabledServicePrincipals)
        async let identity = readIdentityCenter()
        async let trails = readTrails()
        let (units, accounts) = try await unitsAndAccounts

        // Stage 3: the archive bucket, inside the log-archive account.
        var bucket: AWSSnapshot.Bucket?
        if let name = target.archiveAccountName, let account = accounts.first(where: { $0.name == name }) {
            bucket = try await readBucket(account: account)
        }

        var snapshot = AWSSnapshot(
            organization: Organization(
                settings: OrganizationSettings(name: organizationID, homeRegion: target.homeRegion)),
            organizationID: organizationID, managementAccountID: managementID,
            managementAccountEmail: org.masterAccountEmail,
            rootID: rootID, enabledPolicyTypes: enabledTypes, units: units, accounts: accounts,
            policies: try await policies,
            delegatedAdministrators: try await delegated.compactMap { admin in
                admin.id.map { AWSSnapshot.DelegatedAdministrator(accountID: $0, name: admin.name) }
            },
            trustedServices: try await services.compactMap(\.servicePrincipal).sorted(),
            identityCenter: try await identity, trails: try await trails, archiveBucket: bucket)
        snapshot.organization = snapshot.model(target: target)
        return snapshot
    }

    // MARK: - Organizations

    /// Units breadth-first (one level's lists side by side), and every account with its parent.
    func readTree(rootID: String) async throws -> ([AWSSnapshot.Unit], [AWSSnapshot.LiveAccount]) {
        var units: [AWSSnapshot.Unit] = []
        var level: [(id: String, path: String?)] = [(rootID, nil)]
        var parents: [(id: String, path: String?)] = [(rootID, nil)]
        let client = self.client
        while !level.isEmpty {
            let children = try await boundedMap(level, limit: parallelism) { parent in
                let found = try await client.all(
                    Organizations.listOrganizationalUnitsForParent, .init(parentId: parent.id), \.organizationalUnits)
                return found.compactMap { unit -> AWSSnapshot.Unit? in
                    guard let id = unit.id, let name = unit.name else { return nil }
                    let path = parent.path.map { "\($0)/\(name)" } ?? name
                    return AWSSnapshot.Unit(id: id, name: name, path: path, parentID: parent.id)
                }
            }
            let next = children.flatMap { $0 }
            units += next
            level = next.map { ($0.id, $0.path) }
            parents += level
        }
        let placed = try await boundedMap(parents, limit: parallelism) { parent in
            let accounts = try await client.all(
                Organizations.listAccountsForParent, .init(parentId: parent.id), \.accounts)
            return accounts.compactMap { account -> AWSSnapshot.LiveAccount? in
                guard let id = account.id else { return nil }
                return AWSSnapshot.LiveAccount(
                    id: id, name: account.name ?? id, email: account.email ?? "", status: account.status ?? "ACTIVE",
                    parentID: parent.id, unitPath: parent.path)
            }
        }
        return (units.sorted { $0.path < $1.path }, placed.flatMap { $0 }.sorted { $0.name < $1.name })
    }

    func readPolicies() async throws -> [AWSSnapshot.LivePolicy] {
        let client = self.client
        var summaries: [Organizations.PolicySummary] = []
        for type in ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"] {
            do {
                summaries += try await client.all(Organizations.listPolicies, .init(filter: type), \.policies)
            } catch let error as AWSError where type == "RESOURCE_CONTROL_POLICY" && error.statusCode == 400 {
                continue  // RCPs are newer; an organization (or emulator) without them has none.
            }
        }
        return try await boundedMap(summaries, limit: parallelism) { summary in
            guard let id = summary.id else {
                throw AWSOrganizationError(.api, "ListPolicies returned a policy without an id")
            }
            async let described = client.send(Organizations.describePolicy, .init(policyId: id))
            async let targets = client.all(Organizations.listTargetsForPolicy, .init(policyId: id), \.targets)
            return AWSSnapshot.LivePolicy(
                id: id, name: summary.name ?? id, type: summary.type ?? "", description: summary.description ?? "",
                awsManaged: summary.awsManaged ?? false, content: try await described.policy?.content ?? "",
                targetIDs: try await targets.compactMap(\.targetId).sorted())
        }
    }

    // MARK: - Identity Center

    func readIdentityCenter() async throws -> AWSSnapshot.IdentityCenterState? {
        let client = home
        let instances = try await client.all(SSOAdmin.listInstances, .init(), \.instances)
        guard let instance = instances.first, let instanceARN = instance.instanceArn,
            let storeID = instance.identityStoreId
        else { return nil }
        async let users = client.all(IdentityStore.listUsers, .init(identityStoreId: storeID), \.users)
        async let groups = client.all(IdentityStore.listGroups, .init(identityStoreId: storeID), \.groups)
        async let setARNs = client.all(
            SSOAdmin.listPermissionSets, .init(instanceArn: instanceARN), \.permissionSets)
        let liveGroups = try await groups
        let limit = parallelism
        let memberships = try await boundedMap(liveGroups, limit: limit) { group in
            try await client.all(
                IdentityStore.listGroupMemberships, .init(identityStoreId: storeID, groupId: group.groupId),
                \.groupMemberships)
        }.flatMap { $0 }
        let sets = try await boundedMap(try await setARNs, limit: limit) { arn in
            try await Self.readPermissionSet(client: client, instanceARN: instanceARN, arn: arn)
        }
        let liveUsers = try await users
        // One list per principal instead of one per account and set: far fewer calls.
        let principals = liveGroups.map { ($0.groupId, "GROUP") } + liveUsers.map { ($0.userId, "USER") }
        let assignments = try await boundedMap(principals, limit: limit) { principal in
            try await client.all(
                SSOAdmin.listAccountAssignmentsForPrincipal,
                .init(instanceArn: instanceARN, principalId: principal.0, principalType: principal.1),
                \.accountAssignments)
        }.flatMap { $0 }
        return AWSSnapshot.IdentityCenterState(
            instanceARN: instanceARN, identityStoreID: storeID,
            users: liveUsers.map { user in
                AWSSnapshot.IdentityCenterState.User(
                    id: user.userId, userName: user.userName ?? user.userId,
                    email: user.emails?.first(where: { $0.primary == true })?.value ?? user.emails?.first?.value,
                    displayName: user.displayName)
            },
            groups: liveGroups.map { .init(id: $0.groupId, displayName: $0.displayName ?? $0.groupId) },
            memberships: memberships.compactMap { membership in
                guard let id = membership.membershipId, let group = membership.groupId,
                    let user = membership.memberId?.userId
                else { return nil }
                return .init(id: id, groupID: group, userID: user)
            },
            permissionSets: sets,
            assignments: Array(
                Set(
                    assignments.compactMap { assignment in
                        guard let account = assignment.accountId, let set = assignment.permissionSetArn,
                            let type = assignment.principalType, let principal = assignment.principalId
                        else { return nil }
                        return AWSSnapshot.IdentityCenterState.Assignment(
                            accountID: account, permissionSetARN: set, principalType: type, principalID: principal)
                    })
            ).sorted {
                ($0.accountID, $0.permissionSetARN, $0.principalID) < (
                    $1.accountID, $1.permissionSetARN, $1.principalID
                )
            })
    }

    static func readPermissionSet(
        client: AWSClient, instanceARN: String, arn: String
    ) async throws -> AWSSnapshot.IdentityCenterState.PermissionSet {
        async let described = client.send(
            SSOAdmin.describePermissionSet, .init(instanceArn: instanceARN, permissionSetArn: arn))
        async let managed = client.all(
            SSOAdmin.listManagedPoliciesInPermissionSet, .init(instanceArn: instanceARN, permissionSetArn: arn),
            \.attachedManagedPolicies)
        async let customer = client.all(
            SSOAdmin.listCustomerManagedPolicyReferencesInPermissionSet,
            .init(instanceArn: instanceARN, permissionSetArn: arn),
            \.customerManagedPolicyReferences)
        async let inline = client.send(
            SSOAdmin.getInlinePolicyForPermissionSet, .init(instanceArn: instanceARN, permissionSetArn: arn))
        let set = try await described.permissionSet
        return AWSSnapshot.IdentityCenterState.PermissionSet(
            arn: arn, name: set?.name ?? arn, description: set?.description ?? "",
            sessionDuration: set?.sessionDuration ?? "PT1H",
            managedPolicyARNs: try await managed.compactMap(\.arn).sorted(),
            customerManagedPolicies: try await customer.map { ($0.path ?? "/") + $0.name }.sorted(),
            inlinePolicy: try await inline.inlinePolicy ?? "")
    }

    // MARK: - Audit log

    func readTrails() async throws -> [AWSSnapshot.Trail] {
        let client = home
        let trails = try await client.send(CloudTrail.describeTrails, .init(includeShadowTrails: false)).trailList ?? []
        // Copies of trails from other regions (shadow trails) are read where they live.
        let own = trails.filter { $0.homeRegion == nil || $0.homeRegion == target.homeRegion }
        return try await boundedMap(own, limit: parallelism) { trail in
            let name = trail.name ?? ""
            let status = try await client.send(CloudTrail.getTrailStatus, .init(name: trail.trailARN ?? name))
            return AWSSnapshot.Trail(
                name: name, arn: trail.trailARN, homeRegion: trail.homeRegion, bucketName: trail.s3BucketName,
                isMultiRegion: trail.isMultiRegionTrail ?? false,
                logFileValidation: trail.logFileValidationEnabled ?? false,
                isOrganizationTrail: trail.isOrganizationTrail ?? false,
                includeGlobalServiceEvents: trail.includeGlobalServiceEvents ?? false,
                isLogging: status.isLogging ?? false, kmsKeyID: trail.kmsKeyId)
        }
    }

    /// The archive bucket through the member-account role; nil when it does not exist yet.
    func readBucket(account: AWSSnapshot.LiveAccount) async throws -> AWSSnapshot.Bucket? {
        let name = try ArchiveBucket.name(organization: target.organizationName, accountID: account.id)
        let member = client.assumeMemberAccount(account.id, roleName: memberRoleName).withRegion(target.homeRegion)
        let request = S3.BucketRequest(bucket: name)
        let versioning: S3.VersioningConfiguration
        do {
            versioning = try await member.send(S3.getBucketVersioning, request)
        } catch let error as AWSError where error.code == "NoSuchBucket" {
            return nil
        }
        // Settings never made read as nil.
        async let lock = member.send(S3.getObjectLockConfiguration, request)
        async let encryption = member.send(S3.getBucketEncryption, request)
        async let block = member.send(S3.getPublicAccessBlock, request)
        async let policy = member.send(S3.getBucketPolicy, request)
        async let lifecycle = member.send(S3.getBucketLifecycleConfiguration, request)

        var objectLock: ObjectLockConfiguration?
        if let live = try await lock, live.objectLockEnabled == "Enabled" {
            var retention: ObjectLockRetention?
            if let rule = live.rule?.defaultRetention,
                let mode = rule.mode.flatMap(ObjectLockRetention.Mode.init(rawValue:))
            {
                // Only one of the two is set on AWS; moto answers the other as 0.
                if let years = rule.years, years > 0 {
                    retention = ObjectLockRetention(mode: mode, period: .years(years))
                } else if let days = rule.days, days > 0 {
                    retention = ObjectLockRetention(mode: mode, period: .days(days))
                }
            }
            objectLock = ObjectLockConfiguration(defaultRetention: retention)
        }
        var bucketEncryption: BucketEncryption?
        if let rule = try await encryption?.rules.first?.applyServerSideEncryptionByDefault {
            if rule.sseAlgorithm == "aws:kms", let key = rule.kmsMasterKeyID {
                bucketEncryption = .kms(keyARN: key)
            } else if rule.sseAlgorithm == "AES256" {
                bucketEncryption = .aes256
            }
        }
        let publicAccess = try await block.map { live in
            PublicAccessBlock(
                blockPublicAcls: live.blockPublicAcls ?? false, ignorePublicAcls: live.ignorePublicAcls ?? false,
                blockPublicPolicy: live.blockPublicPolicy ?? false,
                restrictPublicBuckets: live.restrictPublicBuckets ?? false)
        }
        return AWSSnapshot.Bucket(
            accountID: account.id, accountName: account.name, name: name, versioning: versioning.status ?? "",
            objectLock: objectLock, encryption: bucketEncryption, publicAccessBlock: publicAccess,
            policy: try await policy ?? "",
            expirationDays: (try await lifecycle?.rules ?? []).filter { $0.status == "Enabled" }.compactMap(
                \.expiration?.days))
    }
}
