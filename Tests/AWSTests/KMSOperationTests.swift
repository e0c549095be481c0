import AWS
import Foundation
import TestSupport
import Testing

@Suite struct KMSOperationTests {
    static let keyARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    @Test func describeKeyReadsStateAndAccount() async throws {
        let probe = OperationProbe(
            json: """
                {"KeyMetadata":{"AWSAccountId":"111122223333","Arn":"\(Self.keyARN)","CreationDate":1.499988169234E9,
                "CustomerMasterKeySpec":"SYMMETRIC_DEFAULT","Description":"","Enabled":true,"EncryptionAlgorithms":["SYMMETRIC_DEFAULT"],
                "KeyId":"1234abcd-12ab-34cd-56ef-1234567890ab","KeyManager":"CUSTOMER","KeySpec":"SYMMETRIC_DEFAULT","KeyState":"Enabled",
                "KeyUsage":"ENCRYPT_DECRYPT","MultiRegion":false,"Origin":"AWS_KMS"}}
                """
        )
        let key = try #require(try await probe.send(KMS.describeKey, .init(keyId: "alias/org-trail")).keyMetadata)
        #expect(key.awsAccountId == "111122223333")
        #expect(key.keyState == "Enabled")
        #expect(key.keyManager == "CUSTOMER")
        #expect(key.creationDate == Date(timeIntervalSince1970: 1_499_988_169.234))
        let request = try probe.request
        #expect(request.header("X-Amz-Target") == "TrentService.DescribeKey")
        #expect(request.hasJSONBody(#"{"KeyId":"alias/org-trail"}"#))
    }

    @Test func keyPolicyIsJSONTextBothWays() async throws {
        let policy =
            #"{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}"#
        let encoded = String(decoding: try JSONEncoder().encode(policy), as: UTF8.self)
        let probe = OperationProbe([
            TestClient.json("{}"), TestClient.json(#"{"Policy":\#(encoded),"PolicyName":"default"}"#),
        ])
        _ = try await probe.send(KMS.putKeyPolicy, .init(keyId: Self.keyARN, policyName: "default", policy: policy))
        #expect(
            probe.requests[0].hasJSONBody(#"{"KeyId":"\#(Self.keyARN)","PolicyName":"default","Policy":\#(encoded)}"#))
        let read = try await probe.send(KMS.getKeyPolicy, .init(keyId: Self.keyARN, policyName: "default"))
        #expect(read.policy == policy)
    }

    @Test func listKeysAndAliasesPageByMarkerWhileTruncated() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"Keys":[{"KeyArn":"arn:1","KeyId":"1"}],"NextMarker":"m2","Truncated":true}"#),
            TestClient.json(#"{"Keys":[{"KeyArn":"arn:2","KeyId":"2"}],"Truncated":false}"#),
            TestClient.json(
                #"{"Aliases":[{"AliasName":"alias/org-trail","AliasArn":"arn:aws:kms:us-east-1:111122223333:alias/org-trail","TargetKeyId":"1"}],"Truncated":false}"#
            ),
        ])
        let keys = try await probe.client.all(KMS.listKeys, .init(limit: 1), \.keys)
        #expect(keys.map(\.keyId) == ["1", "2"])
        #expect(probe.requests[1].hasJSONBody(#"{"Limit":1,"Marker":"m2"}"#))
        let aliases = try await probe.client.all(KMS.listAliases, .init(keyId: "1"), \.aliases)
        #expect(aliases.map(\.targetKeyId) == ["1"])
    }

    @Test func createKeyTagsUseKMSMemberNames() async throws {
        let probe = OperationProbe(json: #"{"KeyMetadata":{"KeyId":"k-1","Arn":"arn:k-1","KeyState":"Enabled"}}"#)
        let created = try await probe.send(
            KMS.createKey,
            .init(
                description: "org trail", keyUsage: "ENCRYPT_DECRYPT",
                tags: [.init(tagKey: "managed-by", tagValue: "groundwork")])
        )
        #expect(created.keyMetadata?.keyId == "k-1")
        #expect(
            try probe.request.hasJSONBody(
                #"{"Description":"org trail","KeyUsage":"ENCRYPT_DECRYPT","Tags":[{"TagKey":"managed-by","TagValue":"groundwork"}]}"#
            )
        )
    }

    @Test func rotationStatus() async throws {
        let probe = OperationProbe(
            json:
                #"{"KeyId":"\#(Self.keyARN)","KeyRotationEnabled":true,"RotationPeriodInDays":365,"NextRotationDate":1.7E9}"#
        )
        let status = try await probe.send(KMS.getKeyRotationStatus, .init(keyId: Self.keyARN))
        #expect(status.keyRotationEnabled == true)
        #expect(status.nextRotationDate == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func aliasAndRotationWritesNameTheKey() async throws {
        let probe = OperationProbe(json: "{}")
        _ = try await probe.send(KMS.createAlias, .init(aliasName: "alias/org-trail", targetKeyId: "k-1"))
        _ = try await probe.send(KMS.enableKeyRotation, .init(keyId: "k-1"))
        #expect(probe.requests.map(\.targetOperation) == ["CreateAlias", "EnableKeyRotation"])
        #expect(probe.requests[0].hasJSONBody(#"{"AliasName":"alias/org-trail","TargetKeyId":"k-1"}"#))
        #expect(probe.requests[1].hasJSONBody(#"{"KeyId":"k-1"}"#))
    }
}
