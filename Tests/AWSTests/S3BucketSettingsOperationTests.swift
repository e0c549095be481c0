import AWS
import Digest
import Foundation
import TestSupport
import Testing

@Suite struct S3BucketSettingsOperationTests {
    static let bucket = S3.BucketRequest(bucket: "org-audit-logs", expectedBucketOwner: "111122223333")

    @Test func createBucketAsksForObjectLockAndRegion() async throws {
        let probe = OperationProbe(xml: "", headers: ["Location": "http://org-audit-logs.s3.amazonaws.com/"])
        let output = try await probe.send(
            S3.createBucketWithOptions,
            .init(
                bucket: "org-audit-logs", locationConstraint: "eu-west-1", objectLockEnabledForBucket: true,
                objectOwnership: "BucketOwnerEnforced")
        )
        let request = try probe.request
        #expect(request.method == "PUT")
        #expect(request.url.path == "/org-audit-logs")
        #expect(request.header("x-amz-bucket-object-lock-enabled") == "true")
        #expect(request.header("x-amz-object-ownership") == "BucketOwnerEnforced")
        #expect(request.bodyText.contains("<LocationConstraint>eu-west-1</LocationConstraint>"))
        #expect(output.location == "http://org-audit-logs.s3.amazonaws.com/")
    }

    @Test func createBucketWithoutObjectLockSendsNoLockHeader() async throws {
        let probe = OperationProbe(xml: "")
        _ = try await probe.send(S3.createBucketWithOptions, .init(bucket: "plain"))
        #expect(try probe.request.header("x-amz-bucket-object-lock-enabled") == nil)
        #expect(try probe.request.body.isEmpty)
    }

    @Test(arguments: [
        ("GET", "versioning"), ("GET", "object-lock"), ("GET", "policy"), ("DELETE", "policy"),
        ("GET", "publicAccessBlock"),
        ("GET", "encryption"), ("GET", "lifecycle"), ("DELETE", "lifecycle"), ("GET", "acl"), ("GET", "location"),
    ])
    func settingsAreBucketSubresources(method: String, subresource: String) async throws {
        let probe = OperationProbe([
            HTTPResponse(statusCode: 200, body: Data("<AccessControlPolicy/>".utf8))
        ])
        let input = Self.bucket
        let client = probe.client
        switch (method, subresource) {
        case ("GET", "versioning"): _ = try? await client.send(S3.getBucketVersioning, input)
        case ("GET", "object-lock"): _ = try? await client.send(S3.getObjectLockConfiguration, input)
        case ("GET", "policy"): _ = try? await client.send(S3.getBucketPolicy, input)
        case ("DELETE", "policy"): _ = try? await client.send(S3.deleteBucketPolicy, input)
        case ("GET", "publicAccessBlock"): _ = try? await client.send(S3.getPublicAccessBlock, input)
        case ("GET", "encryption"): _ = try? await client.send(S3.getBucketEncryption, input)
        case ("GET", "lifecycle"): _ = try? await client.send(S3.getBucketLifecycleConfiguration, input)
        case ("DELETE", "lifecycle"): _ = try? await client.send(S3.deleteBucketLifecycle, input)
        case ("GET", "acl"): _ = try? await client.send(S3.getBucketAcl, input)
        default: _ = try? await client.send(S3.getBucketLocation, input)
        }
        let request = try probe.request
        #expect(request.method == method)
        #expect(request.url.absoluteString == "http://127.0.0.1:5000/org-audit-logs?\(subresource)")
        #expect(request.header("x-amz-expected-bucket-owner") == "111122223333")
    }

    @Test(arguments: [
        ("NoSuchBucketPolicy", 404), ("ObjectLockConfigurationNotFoundError", 404),
        ("NoSuchLifecycleConfiguration", 404),
        ("ServerSideEncryptionConfigurationNotFoundError", 404), ("NoSuchPublicAccessBlockConfiguration", 404),
    ])
    func absentSettingIsNilNotAnError(code: String, status: Int) async throws {
        let probe = OperationProbe(xml: "<Error><Code>\(code)</Code><Message>absent</Message></Error>", status: status)
        let client = probe.client
        let input = Self.bucket
        switch code {
        case "NoSuchBucketPolicy": #expect(try await client.send(S3.getBucketPolicy, input) == nil)
        case "ObjectLockConfigurationNotFoundError":
            #expect(try await client.send(S3.getObjectLockConfiguration, input) == nil)
        case "NoSuchLifecycleConfiguration":
            #expect(try await client.send(S3.getBucketLifecycleConfiguration, input) == nil)
        case "ServerSideEncryptionConfigurationNotFoundError":
            #expect(try await client.send(S3.getBucketEncryption, input) == nil)
        default: #expect(try await client.send(S3.getPublicAccessBlock, input) == nil)
        }
    }

    @Test func accessDeniedIsStillAnErrorNeverAbsence() async throws {
        let probe = OperationProbe(
            xml: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>", status: 403)
        let error = await #expect(throws: AWSError.self) {
            try await probe.send(S3.getBucketPolicy.operation, Self.bucket)
        }
        #expect(error?.code == "AccessDenied")
        await #expect(throws: AWSError.self) { try await probe.client.send(S3.getBucketPolicy, Self.bucket) }
    }

    @Test func missingBucketHeadsToNil() async throws {
        let probe = OperationProbe([HTTPResponse(statusCode: 404)])
        #expect(try await probe.client.send(S3.headBucket, .init(bucket: "gone")) == nil)
        let found = OperationProbe([HTTPResponse(statusCode: 200, headers: ["x-amz-bucket-region": "eu-west-1"])])
        #expect(try await found.client.send(S3.headBucket, .init(bucket: "here"))?.bucketRegion == "eu-west-1")
        #expect(try found.request.method == "HEAD")
    }

    @Test func objectLockRoundTripWithContentMD5() async throws {
        let probe = OperationProbe(
            xml: """
                <?xml version="1.0" encoding="UTF-8"?>
                <ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ObjectLockEnabled>Enabled</ObjectLockEnabled>
                <Rule><DefaultRetention><Mode>COMPLIANCE</Mode><Days>2555</Days></DefaultRetention></Rule></ObjectLockConfiguration>
                """
        )
        let configuration = S3.ObjectLockConfiguration(
            rule: .init(defaultRetention: .init(mode: "COMPLIANCE", days: 2555)))
        _ = try await probe.send(
            S3.putObjectLockConfiguration, .init(bucket: Self.bucket, configuration: configuration))
        let put = try probe.request
        #expect(
            put.bodyText
                == #"<ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ObjectLockEnabled>Enabled</ObjectLockEnabled>"#
                + "<Rule><DefaultRetention><Days>2555</Days><Mode>COMPLIANCE</Mode></DefaultRetention></Rule></ObjectLockConfiguration>"
        )
        #expect(put.header("Content-MD5") == MD5.contentMD5(put.body))
        #expect(put.url.query == "object-lock")
        let read = try await probe.client.send(S3.getObjectLockConfiguration, Self.bucket)
        #expect(read == configuration)
    }

    @Test func versioningReadsEnabledAndNeverEnabled() async throws {
        let enabled = OperationProbe(
            xml:
                #"<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>"#
        )
        #expect(
            try await enabled.send(S3.getBucketVersioning, Self.bucket)
                == .init(status: "Enabled", mfaDelete: "Disabled"))
        let never = OperationProbe(xml: #"<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>"#)
        #expect(try await never.send(S3.getBucketVersioning, Self.bucket).status == nil)
        _ = try await never.send(
            S3.putBucketVersioning, .init(bucket: Self.bucket, configuration: .init(status: "Enabled")))
        #expect(try never.request.bodyText.hasSuffix("<Status>Enabled</Status></VersioningConfiguration>"))
        #expect(try never.request.header("Content-MD5") != nil)
    }

    @Test func bucketPolicyIsJSONTextBothWays() async throws {
        let policy =
            #"{"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::org-audit-logs/AWSLogs/*"}]}"#
        let probe = OperationProbe([
            HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data(policy.utf8))
        ])
        _ = try await probe.send(S3.putBucketPolicy, .init(bucket: Self.bucket, policy: policy))
        #expect(try probe.request.bodyText == policy)
        #expect(try probe.request.header("Content-MD5") == MD5.contentMD5(Data(policy.utf8)))
        #expect(try await probe.client.send(S3.getBucketPolicy, Self.bucket) == policy)
    }

    @Test func publicAccessBlockAndEncryption() async throws {
        let block = OperationProbe(
            xml: """
                <PublicAccessBlockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><BlockPublicAcls>true</BlockPublicAcls>
                <IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets>
                </PublicAccessBlockConfiguration>
                """
        )
        let read = try #require(try await block.client.send(S3.getPublicAccessBlock, Self.bucket))
        #expect(read.blockPublicPolicy == true)
        #expect(read.restrictPublicBuckets == false)
        #expect(!read.blocksAll)
        _ = try await block.send(S3.putPublicAccessBlock, .init(bucket: Self.bucket, configuration: .blockAll))
        #expect(
            try block.request.bodyText.contains(
                "<BlockPublicAcls>true</BlockPublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><IgnorePublicAcls>true</IgnorePublicAcls>"
            )
        )

        let encryption = OperationProbe(
            xml: """
                <ServerSideEncryptionConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Rule><ApplyServerSideEncryptionByDefault>
                <SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:us-east-1:111122223333:key/k-1</KMSMasterKeyID>
                </ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>
                """
        )
        let sse = try #require(try await encryption.client.send(S3.getBucketEncryption, Self.bucket))
        #expect(sse.rules.first?.applyServerSideEncryptionByDefault?.sseAlgorithm == "aws:kms")
        #expect(
            sse.rules.first?.applyServerSideEncryptionByDefault?.kmsMasterKeyID
                == "arn:aws:kms:us-east-1:111122223333:key/k-1")
        #expect(sse.rules.first?.bucketKeyEnabled == true)
        _ = try await encryption.send(S3.putBucketEncryption, .init(bucket: Self.bucket, configuration: sse))
        #expect(
            try encryption.request.bodyText.contains(
                "<Rule><ApplyServerSideEncryptionByDefault><KMSMasterKeyID>arn:aws:kms:us-east-1:111122223333:key/k-1</KMSMasterKeyID>"
                    + "<SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule>"
            )
        )
    }

    @Test func lifecycleRulesWithFlattenedListsRoundTrip() async throws {
        let body = """
            <LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Rule><ID>archive</ID><Filter><Prefix>AWSLogs/</Prefix></Filter><Status>Enabled</Status>
                <Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition>
                <Transition><Days>365</Days><StorageClass>DEEP_ARCHIVE</StorageClass></Transition>
                <Expiration><Days>2555</Days></Expiration>
                <NoncurrentVersionExpiration><NoncurrentDays>2555</NoncurrentDays></NoncurrentVersionExpiration></Rule>
              <Rule><ID>uploads</ID><Filter/><Status>Disabled</Status>
                <AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>
            </LifecycleConfiguration>
            """
        let probe = OperationProbe(xml: body)
        let lifecycle = try #require(try await probe.client.send(S3.getBucketLifecycleConfiguration, Self.bucket))
        #expect(lifecycle.rules.map(\.id) == ["archive", "uploads"])
        #expect(lifecycle.rules[0].transitions.map(\.storageClass) == ["GLACIER", "DEEP_ARCHIVE"])
        #expect(lifecycle.rules[0].expiration?.days == 2555)
        #expect(lifecycle.rules[0].filter?.prefix == "AWSLogs/")
        #expect(lifecycle.rules[0].noncurrentVersionExpiration?.noncurrentDays == 2555)
        #expect(lifecycle.rules[1].filter == S3.LifecycleRuleFilter())
        #expect(lifecycle.rules[1].abortIncompleteMultipartUpload?.daysAfterInitiation == 7)

        _ = try await probe.send(
            S3.putBucketLifecycleConfiguration, .init(bucket: Self.bucket, configuration: lifecycle))
        let put = try probe.request
        #expect(put.header("Content-MD5") == MD5.contentMD5(put.body))
        let reread = try RESTXMLProtocol.decodeBody(
            S3.LifecycleConfiguration.self, from: HTTPResponse(statusCode: 200, body: put.body))
        #expect(reread == lifecycle)
        #expect(
            put.bodyText.contains(
                "<Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition><Transition>"))
    }

    @Test func bucketACLReadsOwnerAndGranteeTypes() async throws {
        let probe = OperationProbe(
            xml: """
                <AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner-id</ID><DisplayName>logs</DisplayName></Owner>
                <AccessControlList>
                <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>owner-id</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>
                <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>
                </AccessControlList></AccessControlPolicy>
                """
        )
        let acl = try await probe.send(S3.getBucketAcl, Self.bucket)
        #expect(acl.owner?.id == "owner-id")
        #expect(acl.grants.map(\.grantee.type) == ["CanonicalUser", "Group"])
        #expect(acl.grants[1].grantee.uri == "http://acs.amazonaws.com/groups/global/AllUsers")
        #expect(acl.grants.map(\.permission) == ["FULL_CONTROL", "READ"])
    }

    @Test(arguments: [("", "us-east-1"), ("EU", "eu-west-1"), ("ap-south-1", "ap-south-1")])
    func bucketLocationResolvesLegacyConstraints(constraint: String, region: String) async throws {
        let probe = OperationProbe(
            xml:
                #"<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\#(constraint)</LocationConstraint>"#
        )
        #expect(try await probe.send(S3.getBucketLocation, Self.bucket).region == region)
    }
}
