import AWSOrganization
import OrgModel
import Testing

@Suite struct ArchiveBucketTests {
    static let trailARN = "arn:aws:cloudtrail:eu-central-1:111111111111:trail/groundwork-organization-trail"

    @Test(arguments: [
        (RetentionPeriod(400, .days), ObjectLockRetention.Period.days(400)),
        (RetentionPeriod(18, .months), .days(548)),
        (RetentionPeriod(24, .months), .years(2)),
        (RetentionPeriod(7, .years), .years(7)),
        (RetentionPeriod(1, .days), .days(1)),
    ])
    func objectLockPeriod(retention: RetentionPeriod, expected: ObjectLockRetention.Period) throws {
        let lock = try ObjectLockRetention(retention: retention)
        #expect(lock.mode == .compliance)
        #expect(lock.period == expected)
        #expect(Double(lock.minimumDays) >= retention.days - 2)
    }

    @Test(arguments: [RetentionPeriod(0, .days), RetentionPeriod(101, .years), RetentionPeriod(36_501, .days)])
    func retentionBeyondS3LimitsIsRefused(retention: RetentionPeriod) {
        #expect(throws: PolicyError.self) { try ObjectLockRetention(retention: retention) }
    }

    @Test func bucketFromAnImmutableAuditLogPolicy() throws {
        let policy = AuditLogPolicy(archive: "log-archive", retention: RetentionPeriod(7, .years), immutable: true)
        let bucket = try ArchiveBucket(name: "acme-audit-log-222222222222", auditLog: policy)
        #expect(bucket.objectLock == ObjectLockConfiguration(defaultRetention: ObjectLockRetention(period: .years(7))))
        #expect(bucket.versioningEnabled)
        #expect(bucket.publicAccessBlock == .allBlocked)
        #expect(bucket.encryption == .aes256)
        #expect(bucket.encryption.algorithm == "AES256")

        let kms = try ArchiveBucket(
            name: "b-audit-log-1", auditLog: policy, kmsKeyARN: "arn:aws:kms:eu-central-1:2:key/k")
        #expect(kms.encryption.algorithm == "aws:kms")
        #expect(kms.encryption.keyARN == "arn:aws:kms:eu-central-1:2:key/k")
        #expect(kms.encryption.bucketKeyEnabled)

        let mutable = try ArchiveBucket(
            name: "b", auditLog: AuditLogPolicy(retention: RetentionPeriod(400, .days), immutable: false))
        #expect(mutable.objectLock == nil)
    }

    @Test func publicAccessBlockHasEverySwitchOn() {
        let block = PublicAccessBlock.allBlocked
        #expect(
            block.blockPublicAcls && block.ignorePublicAcls && block.blockPublicPolicy && block.restrictPublicBuckets)
    }

    @Test(arguments: [
        ("Acme", "222222222222", "acme-audit-log-222222222222"),
        ("Acme Health, Inc.", "222222222222", "acme-health-inc-audit-log-222222222222"),
        ("xn--weird", "222222222222", "xn-weird-audit-log-222222222222"),
        ("Sthree Corp", "222222222222", "org-sthree-corp-audit-log-222222222222"),
        ("!!!", "222222222222", "org-audit-log-222222222222"),
    ])
    func bucketNames(organization: String, account: String, expected: String) throws {
        #expect(try ArchiveBucket.name(organization: organization, accountID: account) == expected)
    }

    @Test func longOrganizationNamesAreShortenedToAValidDNSName() throws {
        let name = try ArchiveBucket.name(
            organization: String(repeating: "Very Long Name ", count: 10), accountID: "222222222222")
        #expect(name.count <= 63)
        #expect(name.hasSuffix("-audit-log-222222222222"))
        #expect(!name.contains("--"))
        #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        #expect(name.first?.isLetter == true)
        #expect(ArchiveBucket.namePattern(organization: "Acme") == "acme-audit-log-*")
    }

    @Test(arguments: ["12345", "abcdefghijkl", ""])
    func malformedAccountIDsAreRefused(account: String) {
        #expect(throws: PolicyError.self) { try ArchiveBucket.name(organization: "acme", accountID: account) }
    }

    @Test func bucketPolicyLetsOnlyTheOrganizationTrailWrite() throws {
        let bucket = ArchiveBucket(name: "acme-audit-log-222222222222", objectLock: nil, encryption: .aes256)
        let policy = bucket.policy(
            trailARN: Self.trailARN, managementAccountID: "111111111111", organizationID: "o-abc123")
        let statements = Dictionary(uniqueKeysWithValues: policy.statements.map { ($0.sid ?? "", $0) })

        let acl = try #require(statements["CloudTrailAclCheck"])
        #expect(acl.effect == .allow && acl.principal == .service(["cloudtrail.amazonaws.com"]))
        #expect(
            acl.actionList == ["s3:GetBucketAcl"] && acl.resourceList == ["arn:aws:s3:::acme-audit-log-222222222222"])
        #expect(acl.condition.values(.stringEquals, "aws:SourceArn") == [Self.trailARN])

        let write = try #require(statements["CloudTrailWrite"])
        #expect(write.principal == .service(["cloudtrail.amazonaws.com"]) && write.actionList == ["s3:PutObject"])
        #expect(
            write.resourceList == [
                "arn:aws:s3:::acme-audit-log-222222222222/AWSLogs/111111111111/*",
                "arn:aws:s3:::acme-audit-log-222222222222/AWSLogs/o-abc123/*",
            ])
        #expect(write.condition.values(.stringEquals, "s3:x-amz-acl") == ["bucket-owner-full-control"])
        #expect(write.condition.values(.stringEquals, "aws:SourceArn") == [Self.trailARN])

        let others = try #require(statements["DenyWritesExceptAWSServices"])
        #expect(others.effect == .deny && others.principal == .anyone && others.actionList == ["s3:PutObject"])
        #expect(others.condition.values(.bool, "aws:PrincipalIsAWSService") == ["false"])

        let deletes = try #require(statements["DenyDeletes"])
        #expect(deletes.effect == .deny && deletes.principal == .anyone && deletes.condition.isEmpty)
        #expect(
            Set(deletes.actionList).isSuperset(of: ["s3:DeleteObject", "s3:DeleteObjectVersion", "s3:DeleteBucket"]))

        let tls = try #require(statements["DenyInsecureTransport"])
        #expect(tls.effect == .deny && tls.actionList == ["s3:*"])
        #expect(tls.condition.values(.bool, "aws:SecureTransport") == ["false"])
        #expect(
            tls.resourceList == [
                "arn:aws:s3:::acme-audit-log-222222222222", "arn:aws:s3:::acme-audit-log-222222222222/*",
            ])

        #expect(try PolicyDocument(json: policy.minifiedJSON) == policy)
    }

    @Test func lifecycleExpiryBeforeRetentionIsRejected() {
        let bucket = ArchiveBucket(name: "b", objectLock: nil, encryption: .aes256)
        #expect(!bucket.allowsExpiration(afterDays: 365, retention: RetentionPeriod(1, .years)))
        #expect(bucket.allowsExpiration(afterDays: 366, retention: RetentionPeriod(1, .years)))
        #expect(!bucket.allowsExpiration(afterDays: 547, retention: RetentionPeriod(18, .months)))
        #expect(bucket.allowsExpiration(afterDays: 400, retention: RetentionPeriod(400, .days)))
        #expect(bucket.allowsExpiration(afterDays: 1, retention: nil))
    }

    @Test func organizationTrailSettings() {
        let trail = OrganizationTrail(homeRegion: "eu-central-1", bucketName: "acme-audit-log-222222222222")
        #expect(trail.name == "groundwork-organization-trail")
        #expect(
            trail.isMultiRegionTrail && trail.includeGlobalServiceEvents && trail.enableLogFileValidation
                && trail.isOrganizationTrail)
        #expect(trail.arn(managementAccountID: "111111111111") == Self.trailARN)
    }
}
