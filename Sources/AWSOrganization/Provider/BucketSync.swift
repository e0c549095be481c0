import AWS
import Foundation
import OrgModel
import Planner

/// Creates the archive bucket in the log-archive account (through its member role) and puts each
/// setting in place: versioning, Object Lock, public access block, encryption, then the policy.
///
/// Every call is a PUT of the whole setting, so running it again is harmless. The bucket's name
/// and policy carry account ids, computed here from the ids known at apply time.
struct BucketSync: Sendable {
    let run: StepRun

    func perform() async throws -> StepResult {
        let organization = run.provider.organization
        let accountName = run.step.address.name
        let accountID = try run.id(of: AWSResourceConventions.account(accountName))
        var known = run.snapshot.knownIDs
        known.accountIDs[accountName] = accountID
        let desired = DesiredState(organization: organization, known: known)
        let name = desired.bucketName
        let bucket = try ArchiveBucket(name: name, auditLog: organization.auditLog)
        let member = run.client.assumeMemberAccount(accountID).withRegion(organization.settings.homeRegion)
        let changed = Set(run.step.changes.map(\.name))
        func needs(_ attribute: String) -> Bool { run.step.action == .create || changed.contains(attribute) }

        // Stage 1: the bucket, with Object Lock decided at creation.
        if run.step.action == .create {
            do {
                _ = try await member.send(
                    S3.createBucketWithOptions,
                    .init(
                        bucket: name, locationConstraint: organization.settings.homeRegion,
                        objectLockEnabledForBucket: bucket.objectLock != nil))
            } catch  where run.isError(error, ["BucketAlreadyOwnedByYou"]) {}
        } else if changed.contains(AWSResourceConventions.Attribute.objectLock), bucket.objectLock != nil,
            run.step.actual?.attributes[AWSResourceConventions.Attribute.objectLock] == .string("off")
        {
            throw AWSOrganizationError(
                .unsupported,
                "\(run.step.id): bucket '\(name)' was created without Object Lock, and S3 cannot add it to an existing bucket through this API; ask AWS Support to enable it, or move the archive to a new bucket"
            )
        }

        // Stage 2: settings. Versioning first: Object Lock requires it.
        typealias Attribute = AWSResourceConventions.Attribute
        let target = S3.BucketRequest(bucket: name)
        if needs(Attribute.versioning) {
            _ = try await member.send(
                S3.putBucketVersioning,
                .init(bucket: target, configuration: .init(status: bucket.versioningEnabled ? "Enabled" : "Suspended")))
        }
        if needs(Attribute.objectLock), let retention = bucket.objectLock?.defaultRetention {
            var days: Int?
            var years: Int?
            switch retention.period {
            case .days(let value): days = value
            case .years(let value): years = value
            }
            let rule = S3.ObjectLockRule(
                defaultRetention: .init(mode: retention.mode.rawValue, days: days, years: years))
            _ = try await member.send(
                S3.putObjectLockConfiguration, .init(bucket: target, configuration: .init(rule: rule)))
        }
        if needs(Attribute.publicAccessBlock) {
            let block = bucket.publicAccessBlock
            _ = try await member.send(
                S3.putPublicAccessBlock,
                .init(
                    bucket: target,
                    configuration: .init(
                        blockPublicAcls: block.blockPublicAcls, ignorePublicAcls: block.ignorePublicAcls,
                        blockPublicPolicy: block.blockPublicPolicy, restrictPublicBuckets: block.restrictPublicBuckets))
            )
        }
        if needs(Attribute.encryption) {
            let encryption = S3.ServerSideEncryptionRule(
                applyServerSideEncryptionByDefault: .init(
                    sseAlgorithm: bucket.encryption.algorithm, kmsMasterKeyID: bucket.encryption.keyARN),
                bucketKeyEnabled: bucket.encryption.keyARN == nil ? nil : true)
            _ = try await member.send(
                S3.putBucketEncryption, .init(bucket: target, configuration: .init(rules: [encryption])))
        }
        if needs(Attribute.bucketPolicy) || needs(Attribute.bucketName), let policy = desired.bucketPolicy(for: bucket)
        {
            _ = try await member.send(S3.putBucketPolicy, .init(bucket: target, policy: policy))
        }
        return StepResult(providerID: name)
    }
}
