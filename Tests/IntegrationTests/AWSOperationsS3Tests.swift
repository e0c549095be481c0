import AWS
import Foundation
import TestSupport
import Testing

/// The archive bucket's settings against moto: each one absent first (read as `nil`), then set
/// and read back as the audit would.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsS3Tests {
    @Test func archiveBucketSettingsFromAbsentToSet() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            let bucket = S3.BucketRequest(bucket: "org-audit-logs")
            #expect(try await client.send(S3.headBucket, bucket) == nil)

            _ = try await client.send(
                S3.createBucketWithOptions, .init(bucket: "org-audit-logs", objectLockEnabledForBucket: true))
            #expect(try await client.send(S3.headBucket, bucket) != nil)
            #expect(try await client.send(S3.getBucketLocation, bucket).region == "us-east-1")

            // Object Lock turns versioning on with it.
            #expect(try await client.send(S3.getBucketVersioning, bucket).status == "Enabled")
            let lockedAtCreation = try await client.send(S3.getObjectLockConfiguration, bucket)
            #expect(lockedAtCreation?.objectLockEnabled == "Enabled")
            #expect(lockedAtCreation?.rule == nil)

            #expect(try await client.send(S3.getBucketPolicy, bucket) == nil)
            #expect(try await client.send(S3.getPublicAccessBlock, bucket) == nil)
            #expect(try await client.send(S3.getBucketLifecycleConfiguration, bucket) == nil)

            let retention = S3.ObjectLockConfiguration(
                rule: .init(defaultRetention: .init(mode: "COMPLIANCE", days: 2555)))
            _ = try await client.send(S3.putObjectLockConfiguration, .init(bucket: bucket, configuration: retention))
            // moto answers `<Years>0</Years>` beside `<Days>`; AWS sends only the one that was set.
            let lock = try await client.send(S3.getObjectLockConfiguration, bucket)
            #expect(lock?.objectLockEnabled == "Enabled")
            #expect(lock?.rule?.defaultRetention?.mode == "COMPLIANCE")
            #expect(lock?.rule?.defaultRetention?.days == 2555)

            let policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailWrite","Effect":"Allow",\
                "Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject",\
                "Resource":"arn:aws:s3:::org-audit-logs/AWSLogs/*"}]}
                """
            _ = try await client.send(S3.putBucketPolicy, .init(bucket: bucket, policy: policy))
            let storedPolicy = try #require(try await client.send(S3.getBucketPolicy, bucket))
            let statement = try JSONSerialization.jsonObject(with: Data(storedPolicy.utf8)) as? [String: Any]
            #expect((statement?["Statement"] as? [[String: Any]])?.first?["Sid"] as? String == "AWSCloudTrailWrite")

            _ = try await client.send(S3.putPublicAccessBlock, .init(bucket: bucket, configuration: .blockAll))
            #expect(try await client.send(S3.getPublicAccessBlock, bucket)?.blocksAll == true)

            let sse = S3.ServerSideEncryptionConfiguration(rules: [
                .init(
                    applyServerSideEncryptionByDefault: .init(
                        sseAlgorithm: "aws:kms", kmsMasterKeyID: "alias/org-trail"), bucketKeyEnabled: true)
            ])
            _ = try await client.send(S3.putBucketEncryption, .init(bucket: bucket, configuration: sse))
            let encryption = try #require(try await client.send(S3.getBucketEncryption, bucket))
            #expect(
                encryption.rules.first?.applyServerSideEncryptionByDefault
                    == sse.rules[0].applyServerSideEncryptionByDefault)

            let lifecycle = S3.LifecycleConfiguration(rules: [
                .init(
                    id: "archive",
                    filter: .init(prefix: "AWSLogs/"),
                    transitions: [.init(days: 90, storageClass: "GLACIER")],
                    noncurrentVersionExpiration: .init(noncurrentDays: 2555)
                ),
                .init(id: "uploads", abortIncompleteMultipartUpload: .init(daysAfterInitiation: 7)),
            ])
            _ = try await client.send(
                S3.putBucketLifecycleConfiguration, .init(bucket: bucket, configuration: lifecycle))
            let rules = try #require(try await client.send(S3.getBucketLifecycleConfiguration, bucket)).rules
            #expect(rules.map(\.id) == ["archive", "uploads"])
            #expect(rules.first?.transitions.first?.days == 90)
            #expect(rules.first?.noncurrentVersionExpiration?.noncurrentDays == 2555)
            #expect(rules.last?.abortIncompleteMultipartUpload?.daysAfterInitiation == 7)

            let acl = try await client.send(S3.getBucketAcl, bucket)
            #expect(acl.grants.contains { $0.permission == "FULL_CONTROL" && $0.grantee.type == "CanonicalUser" })

            _ = try await client.send(S3.deleteBucketLifecycle, bucket)
            #expect(try await client.send(S3.getBucketLifecycleConfiguration, bucket) == nil)
            _ = try await client.send(S3.deleteBucketPolicy, bucket)
            #expect(try await client.send(S3.getBucketPolicy, bucket) == nil)
        }
    }

    @Test func bucketWithoutObjectLockHasNoLockAndUnversioned() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            let bucket = S3.BucketRequest(bucket: "workload-data")
            _ = try await client.send(
                S3.createBucketWithOptions, .init(bucket: "workload-data", locationConstraint: "eu-west-1"))
            #expect(try await client.send(S3.getBucketLocation, bucket).region == "eu-west-1")
            #expect(try await client.send(S3.getObjectLockConfiguration, bucket) == nil)
            #expect(try await client.send(S3.getBucketVersioning, bucket).status == nil)
            _ = try await client.send(
                S3.putBucketVersioning, .init(bucket: bucket, configuration: .init(status: "Enabled")))
            #expect(try await client.send(S3.getBucketVersioning, bucket).status == "Enabled")
        }
    }
}
