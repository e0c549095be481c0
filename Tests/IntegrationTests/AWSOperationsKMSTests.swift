import AWS
import Foundation
import TestSupport
import Testing

/// The KMS operations against moto: a key for the trail, its policy, alias and rotation.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsKMSTests {
    @Test func trailKeyPolicyAliasAndPaginatedListing() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            var keyIDs: [String] = []
            for index in 1...3 {
                let created = try await client.send(
                    KMS.createKey,
                    .init(description: "key-\(index)", tags: [.init(tagKey: "managed-by", tagValue: "groundwork")])
                )
                keyIDs.append(try #require(created.keyMetadata?.keyId))
            }
            let listed = try await client.all(KMS.listKeys, .init(limit: 1), \.keys)
            #expect(Set(listed.compactMap(\.keyId)) == Set(keyIDs))
            #expect(listed.count == 3)

            let key = try #require(try await client.send(KMS.describeKey, .init(keyId: keyIDs[0])).keyMetadata)
            #expect(key.keyState == "Enabled")
            #expect(key.awsAccountId == "123456789012")
            #expect(key.description == "key-1")

            let policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"AllowCloudTrailEncrypt","Effect":"Allow",\
                "Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"kms:GenerateDataKey*","Resource":"*"}]}
                """
            _ = try await client.send(KMS.putKeyPolicy, .init(keyId: keyIDs[0], policyName: "default", policy: policy))
            #expect(
                try await client.send(KMS.getKeyPolicy, .init(keyId: keyIDs[0], policyName: "default")).policy == policy
            )

            _ = try await client.send(KMS.createAlias, .init(aliasName: "alias/org-trail", targetKeyId: keyIDs[0]))
            let aliases = try await client.all(KMS.listAliases, .init(keyId: keyIDs[0]), \.aliases)
            #expect(aliases.map(\.aliasName) == ["alias/org-trail"])
            let byAlias = try await client.send(KMS.describeKey, .init(keyId: "alias/org-trail")).keyMetadata
            #expect(byAlias?.keyId == keyIDs[0])

            #expect(
                try await client.send(KMS.getKeyRotationStatus, .init(keyId: keyIDs[0])).keyRotationEnabled == false)
            _ = try await client.send(KMS.enableKeyRotation, .init(keyId: keyIDs[0]))
            #expect(try await client.send(KMS.getKeyRotationStatus, .init(keyId: keyIDs[0])).keyRotationEnabled == true)
        }
    }
}
