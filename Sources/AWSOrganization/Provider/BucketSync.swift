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
                    S3BucketAPI.createBucket,
                    .init(
                        bucket: name, region: organization.settings.homeRegion,
                        objectLockEnabled: bucket.objectLock != nil))
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
        let request = { (body: Data) in S3BucketAPI.PutRequest(bucket: name, body: body) }
        if needs(Attribute.versioning) {
            _ = try await member.send(
                S3BucketAPI.putVersioning, request(S3BucketAPI.versioningBody(enabled: bucket.versioningEnabled)))
        }
        if needs(Attribute.objectLock), let retention = bucket.objectLock?.defaultRetention {
            var days: Int?
            var years: Int?
            switch retention.period {
            case .days(let value): days = value
            case .years(let value): years = value
            }
            _ = try await member.send(
                S3BucketAPI.putObjectLock,
                request(S3BucketAPI.objectLockBody(mode: retention.mode.rawValue, days: days, years: years)))
        }
        if needs(Attribute.publicAccessBlock) {
            let block = bucket.publicAccessBlock
            _ = try await member.send(
                S3BucketAPI.putPublicAccessBlock,
                request(
                    S3BucketAPI.publicAccessBlockBody([
                        block.blockPublicAcls, block.ignorePublicAcls, block.blockPublicPolicy,
                        block.restrictPublicBuckets,
                    ])))
        }
        if needs(Attribute.encryption) {
            _ = try await member.send(
                S3BucketAPI.putEncryption,
                request(
                    S3BucketAPI.encryptionBody(algorithm: bucket.encryption.algorithm, keyARN: bucket.encryption.keyARN)
                ))
        }
        if needs(Attribute.bucketPolicy) || needs(Attribute.bucketName), let policy = desired.bucketPolicy(for: bucket)
        {
            _ = try await member.send(S3BucketAPI.putPolicy, request(Data(policy.utf8)))
        }
        return StepResult(providerID: name)
    }
}
