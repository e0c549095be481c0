public import AWS
import Foundation
import OrgModel
import Support

/// Reads what the snapshot does not hold: inside every account (through the member-account
/// role, a bounded number at a time) its IAM users, root user, identity providers, roles and
/// account instances of Identity Center; around the trail its archive bucket and KMS key policy.
///
/// Read-only. Every call goes through the recorder's transport, so each fact carries the ids of
/// the answers it rests on; a failed call becomes `.failed` naming the action, never an absence.
public struct AuditReader: Sendable {
    public var client: AWSClient
    public var recorder: EvidenceRecorder
    public var homeRegion: String
    public var parallelism: Int
    public var memberRoleName: String

    public init(
        client: AWSClient, recorder: EvidenceRecorder, homeRegion: String, parallelism: Int = 8,
        memberRoleName: String = "OrganizationAccountAccessRole"
    ) {
        self.client = client
        self.recorder = recorder
        self.homeRegion = homeRegion
        self.parallelism = max(1, parallelism)
        self.memberRoleName = memberRoleName
    }

    /// Reads the facts of every active account of `snapshot` and of its organization trail.
    ///
    /// - Parameter accountKeys: account id → the key the report names it by.
    public func read(_ snapshot: AWSSnapshot, accountKeys: [String: String]) async -> AuditFacts {
        let active = snapshot.accounts.filter { $0.status == "ACTIVE" }
        // One session per account, assumed before the fan-out: a member client resolves its
        // credentials (sts:AssumeRole) inside the shared request limiter, so many first calls at
        // once could hold every slot while waiting for the AssumeRole that needs one.
        // The transforms never throw (failures become readings); only cancellation could.
        let sessions =
            (try? await boundedMap(active, limit: parallelism) { account in
                await session(in: account.id, snapshot: snapshot)
            }) ?? []
        let clients = Dictionary(
            zip(active.map(\.id), sessions).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        let accounts =
            (try? await boundedMap(active, limit: parallelism) { account in
                await readAccount(
                    account, key: accountKeys[account.id] ?? account.name, session: clients[account.id] ?? .failed("", ""),
                    snapshot: snapshot)
            }) ?? []
        let trail = Self.organizationTrail(snapshot.trails)
        var archive: AuditFacts.Reading<AuditFacts.Archive>?
        if let bucket = trail?.bucketName, !bucket.isEmpty {
            archive = await readArchive(bucket: bucket, snapshot: snapshot, clients: clients)
        }
        var keyPolicy: AuditFacts.Reading<String>?
        if let key = trail?.kmsKeyID, !key.isEmpty {
            keyPolicy = await readKeyPolicy(key, snapshot: snapshot, clients: clients)
        }
        return AuditFacts(accounts: accounts, archive: archive, keyPolicy: keyPolicy)
    }

    /// A client inside one account, or why it could not be had.
    enum Session: Sendable {
        case ready(AWSClient)
        case failed(_ operation: String, _ reason: String)
    }

    func session(in accountID: String, snapshot: AWSSnapshot) async -> Session {
        if accountID == snapshot.managementAccountID { return .ready(client.withRegion(homeRegion)) }
        let member = client.assumeMemberAccount(accountID, roleName: memberRoleName).withRegion(homeRegion)
        do {
            _ = try await member.credentials.resolve()
            return .ready(member)
        } catch let error as AWSError {
            return .failed("sts:AssumeRole", "\(error.code): \(error.message)")
        } catch {
            return .failed("sts:AssumeRole", "\(error)")
        }
    }

    /// The organization trail the audit judges: logging ones first, then multi-region ones.
    static func organizationTrail(_ trails: [AWSSnapshot.Trail]) -> AWSSnapshot.Trail? {
        trails.filter(\.isOrganizationTrail).sorted { lhs, rhs in
            if lhs.isLogging != rhs.isLogging { return lhs.isLogging }
            if lhs.isMultiRegion != rhs.isMultiRegion { return lhs.isMultiRegion }
            return lhs.name < rhs.name
        }.first
    }

    // MARK: - Accounts

    func readAccount(
        _ account: AWSSnapshot.LiveAccount, key: String, session: Session, snapshot: AWSSnapshot
    ) async -> AuditFacts.Account {
        let inside: AWSClient
        switch session {
        case .ready(let client):
            inside = client
        case .failed(let operation, let reason):
            return AuditFacts.Account(
                id: account.id, key: key, users: .failed(operation: operation, reason: reason),
                root: .failed(operation: operation, reason: reason),
                identityProviders: .failed(operation: operation, reason: reason),
                roles: .failed(operation: operation, reason: reason),
                identityCenterInstances: .failed(operation: operation, reason: reason))
        }
        async let users = reading("iam:ListUsers") { try await Self.users(inside) }
        async let root = reading("iam:GetAccountSummary") {
            let summary = try await inside.send(IAM.getAccountSummary, EmptyInput())
            return AuditFacts.RootUser(
                accessKeysPresent: summary.rootAccessKeysPresent ?? false, mfaEnabled: summary.rootMFAEnabled ?? false)
        }
        async let providers = reading("iam:ListSAMLProviders") {
            let saml = try await inside.send(IAM.listSAMLProviders, EmptyInput()).samlProviderList ?? []
            let oidc = try await inside.send(IAM.listOpenIDConnectProviders, EmptyInput()).openIDConnectProviderList ?? []
            return (saml.compactMap(\.arn) + oidc.compactMap(\.arn)).sorted()
        }
        async let roles = reading("iam:ListRoles") {
            try await inside.all(IAM.listRoles, .init(), \.roles).map { role in
                AuditFacts.Role(
                    name: role.roleName, arn: role.arn,
                    trustedPrincipals: TrustPolicy.principals(role.assumeRolePolicyDocument ?? ""))
            }
        }
        async let instances = reading("sso:ListInstances") {
            try await inside.all(SSOAdmin.listInstances, .init(), \.instances).filter { instance in
                instance.ownerAccountId == account.id && account.id != snapshot.managementAccountID
            }.compactMap(\.instanceArn)
        }
        return AuditFacts.Account(
            id: account.id, key: key, users: await users, root: await root, identityProviders: await providers,
            roles: await roles, identityCenterInstances: await instances)
    }

    static func users(_ client: AWSClient) async throws -> [AuditFacts.IAMUser] {
        let users = try await client.all(IAM.listUsers, .init(), \.users)
        var result: [AuditFacts.IAMUser] = []
        for user in users {
            let keys = try await client.all(IAM.listAccessKeys, .init(userName: user.userName), \.accessKeyMetadata)
            // Nil (NoSuchEntity) when the user has no console password.
            let password = try await client.send(IAM.getLoginProfile, .init(userName: user.userName)) != nil
            result.append(
                AuditFacts.IAMUser(
                    name: user.userName, arn: user.arn, hasConsolePassword: password,
                    activeAccessKeys: keys.filter { $0.status == "Active" }.compactMap(\.accessKeyId)))
        }
        return result
    }

    /// Runs `body` capturing its evidence; a thrown error becomes `.failed` naming the action
    /// that failed (the error's own action when it is an AWS error).
    func reading<Value: Sendable & Hashable>(
        _ operation: String, _ body: @Sendable () async throws -> Value
    ) async -> AuditFacts.Reading<Value> {
        do {
            let (value, evidence) = try await recorder.capture { try await body() }
            return .read(value, evidence: evidence)
        } catch let error as AWSError {
            return .failed(operation: error.action.isEmpty ? operation : error.action, reason: "\(error.code): \(error.message)")
        } catch {
            return .failed(operation: operation, reason: "\(error)")
        }
    }

    // MARK: - Archive and key

    func readArchive(
        bucket: String, snapshot: AWSSnapshot, clients: [String: Session]
    ) async -> AuditFacts.Reading<AuditFacts.Archive> {
        var owner = snapshot.archiveBucket.flatMap { $0.name == bucket ? $0.accountID : nil }
        if owner == nil {
            owner = await findBucketOwner(bucket, snapshot: snapshot, clients: clients)
        }
        guard let owner else {
            return .failed(
                operation: "s3:ListBuckets",
                reason: "no account of the organization lists the trail's bucket '\(bucket)' (it may be outside the organization)")
        }
        guard case .ready(let inside) = clients[owner] else {
            if case .failed(let operation, let reason) = clients[owner] { return .failed(operation: operation, reason: reason) }
            return .failed(operation: "sts:AssumeRole", reason: "no session in account '\(owner)'")
        }
        let request = S3.BucketRequest(bucket: bucket)
        return await reading("s3:GetObjectLockConfiguration") {
            // Each answers nil when the setting was never made.
            let lock = try await inside.send(S3.getObjectLockConfiguration, request)
            let block = try await inside.send(S3.getPublicAccessBlock, request)
            let policy = try await inside.send(S3.getBucketPolicy, request)
            let lifecycle = try await inside.send(S3.getBucketLifecycleConfiguration, request)
            let retention = lock?.rule?.defaultRetention
            var days: Int?
            // AWS sets one of Days and Years; moto answers the other as 0. Years count as the
            // catalogue counts them (`RetentionPeriod`), so `7y` locked meets `7y` required.
            if let years = retention?.years, years > 0 {
                days = RetentionPeriod(years, .years).wholeDays
            } else if let value = retention?.days, value > 0 {
                days = value
            }
            return AuditFacts.Archive(
                bucket: bucket, accountID: owner, lockMode: retention?.mode, lockDays: days,
                lockEnabled: lock?.objectLockEnabled == "Enabled",
                expirationDays: (lifecycle?.rules ?? []).filter { $0.status == "Enabled" }.compactMap(\.expiration?.days),
                publicAccessBlock: block.map { live in
                    [live.blockPublicAcls, live.ignorePublicAcls, live.blockPublicPolicy, live.restrictPublicBuckets]
                        .map { $0 ?? false }
                },
                policy: policy ?? "", evidence: [])
        }.withArchiveEvidence()
    }

    /// The account whose `s3:ListBuckets` names `bucket`: the trail names only the bucket.
    ///
    /// Asks the likeliest accounts first (`ownerSearchOrder`), one wave of `parallelism` at a
    /// time, and stops at the first wave that finds it: one call per account only when the
    /// bucket is nowhere, not in every audit of a large organization.
    func findBucketOwner(_ bucket: String, snapshot: AWSSnapshot, clients: [String: Session]) async -> String? {
        let ordered = Self.ownerSearchOrder(snapshot.accounts.filter { $0.status == "ACTIVE" }, snapshot: snapshot)
        var start = 0
        while start < ordered.count {
            let wave = Array(ordered[start..<min(start + parallelism, ordered.count)])
            start += wave.count
            let found =
                (try? await boundedMap(wave, limit: parallelism) { account -> String? in
                    guard case .ready(let inside) = clients[account.id] else { return nil }
                    let names = try? await inside.all(S3.listBuckets, .init(), \.buckets).map(\.name)
                    return names?.contains(bucket) == true ? account.id : nil
                }) ?? []
            if let owner = found.compactMap({ $0 }).first { return owner }
        }
        return nil
    }

    /// Where a trail's bucket most likely lives: accounts named or placed for logs, archive,
    /// audit or security first, then the management account, then the rest by name.
    static func ownerSearchOrder(_ accounts: [AWSSnapshot.LiveAccount], snapshot: AWSSnapshot) -> [AWSSnapshot.LiveAccount] {
        let hints = ["log", "archive", "audit", "security"]
        func rank(_ account: AWSSnapshot.LiveAccount) -> Int {
            let text = (account.name + " " + (account.unitPath ?? "")).lowercased()
            if hints.contains(where: text.contains) { return 0 }
            return account.id == snapshot.managementAccountID ? 1 : 2
        }
        return accounts.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
    }

    func readKeyPolicy(_ key: String, snapshot: AWSSnapshot, clients: [String: Session]) async -> AuditFacts.Reading<String> {
        // A key ARN names its account; read it there (the key policy is the key's own resource).
        let account = AuditFacts.Role.accountID(in: key) ?? snapshot.managementAccountID
        let fields = key.split(separator: ":", omittingEmptySubsequences: false)
        let region = fields.count > 3 && fields[0] == "arn" && !fields[3].isEmpty ? String(fields[3]) : homeRegion
        var session = clients[account]
        if session == nil { session = await self.session(in: account, snapshot: snapshot) }
        guard case .ready(let base)? = session else {
            if case .failed(let operation, let reason)? = session { return .failed(operation: operation, reason: reason) }
            return .failed(operation: "sts:AssumeRole", reason: "no session in account '\(account)'")
        }
        let inside = base.withRegion(region)
        return await reading("kms:GetKeyPolicy") {
            try await inside.send(KMS.getKeyPolicy, .init(keyId: key, policyName: "default")).policy ?? ""
        }
    }
}

extension AuditFacts.Reading where Value == AuditFacts.Archive {
    /// Copies the reading's evidence into the archive value, so checks can cite it from there too.
    func withArchiveEvidence() -> Self {
        guard case .read(var archive, let evidence) = self else { return self }
        archive.evidence = evidence
        return .read(archive, evidence: evidence)
    }
}
