import AWS
import Foundation
import TestSupport
import Testing

@Suite struct PaginationTests {
    @Test func nextTokenPagesUntilTheTokenIsAbsent() async throws {
        let transport = FakeTransport { request, _ in
            let body = String(decoding: request.body, as: UTF8.self)
            if body.contains("\"NextToken\":\"p3\"") { return TestClient.json(#"{"Accounts":[{"Id":"5"}]}"#) }
            if body.contains("\"NextToken\":\"p2\"") {
                return TestClient.json(#"{"Accounts":[{"Id":"3"},{"Id":"4"}],"NextToken":"p3"}"#)
            }
            return TestClient.json(#"{"Accounts":[{"Id":"1"},{"Id":"2"}],"NextToken":"p2"}"#)
        }
        let client = TestClient.make(transport)
        let ids = try await client.all(Organizations.listAccounts, .init(maxResults: 2)) { $0.accounts }.compactMap(
            \.id)
        #expect(ids == ["1", "2", "3", "4", "5"])
        #expect(transport.requests.count == 3)
        #expect(transport.requests[0].bodyText == #"{"MaxResults":2}"#)
    }

    @Test func markerPagesOnlyWhileTruncated() async throws {
        let transport = FakeTransport { request, _ in
            if request.bodyText.contains("Marker=m2") {
                return TestClient.xml(
                    "<R><ListUsersResult><Users><member><UserName>c</UserName><Arn>a:c</Arn></member></Users><IsTruncated>false</IsTruncated><Marker>ignored</Marker></ListUsersResult></R>"
                )
            }
            return TestClient.xml(
                "<R><ListUsersResult><Users><member><UserName>a</UserName><Arn>a:a</Arn></member><member><UserName>b</UserName><Arn>a:b</Arn></member></Users><IsTruncated>true</IsTruncated><Marker>m2</Marker></ListUsersResult></R>"
            )
        }
        let client = TestClient.make(transport)
        var names: [String] = []
        for try await user in client.items(IAM.listUsers, .init(), { $0.users }) { names.append(user.userName) }
        #expect(names == ["a", "b", "c"])
        #expect(transport.requests.count == 2)
    }

    @Test func continuationTokenPagesS3Listings() async throws {
        let transport = FakeTransport { request, _ in
            if request.url.query?.contains("continuation-token=t%2F2") == true {
                return TestClient.xml(
                    "<ListBucketResult><Contents><Key>b</Key></Contents><IsTruncated>false</IsTruncated></ListBucketResult>"
                )
            }
            return TestClient.xml(
                "<ListBucketResult><Contents><Key>a</Key></Contents><IsTruncated>true</IsTruncated><NextContinuationToken>t/2</NextContinuationToken></ListBucketResult>"
            )
        }
        let client = TestClient.make(transport)
        let keys = try await client.all(S3.listObjectsV2, .init(bucket: "logs")) { $0.contents }.map(\.key)
        #expect(keys == ["a", "b"])
    }

    @Test func aRepeatedTokenStopsInsteadOfLoopingForever() async throws {
        let transport = FakeTransport(body: #"{"Accounts":[{"Id":"1"}],"NextToken":"same"}"#)
        let client = TestClient.make(transport)
        let error = await #expect(throws: AWSClientError.self) {
            _ = try await client.all(Organizations.listAccounts, .init()) { $0.accounts }
        }
        #expect(error?.message.contains("twice") == true)
        #expect(transport.requests.count == 2)
    }

    @Test func pagesAreFetchedLazily() async throws {
        let transport = FakeTransport(body: #"{"Accounts":[{"Id":"1"}],"NextToken":"more"}"#)
        let client = TestClient.make(transport)
        var iterator = client.items(Organizations.listAccounts, .init()) { $0.accounts }.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(transport.requests.count == 1)
    }
}
