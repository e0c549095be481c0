import AWS
import Foundation
import TestSupport
import Testing

@Suite struct QueryProtocolTests {
    @Test func encodesActionVersionAndNestedMemberLists() throws {
        let request = IAM.CreateUserRequest(
            userName: "ci bot",
            path: "/automation/",
            tags: [IAM.Tag(key: "team", value: "platform"), IAM.Tag(key: "cost", value: "a&b")]
        )
        let body = String(
            decoding: try QueryEncoder().body(action: "CreateUser", version: "2010-05-08", request), as: UTF8.self)
        #expect(
            body == "Action=CreateUser&Version=2010-05-08&Path=%2Fautomation%2F"
                + "&Tags.member.1.Key=team&Tags.member.1.Value=platform"
                + "&Tags.member.2.Key=cost&Tags.member.2.Value=a%26b&UserName=ci%20bot"
        )
    }

    @Test func leavesOutAbsentOptionals() throws {
        let parameters = try QueryEncoder().parameters(IAM.ListUsersRequest())
        #expect(parameters.isEmpty)
    }

    @Test func sendsFormBodyToIAMGlobalEndpointSignedForUSEast1() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                """
                <ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult>
                <IsTruncated>false</IsTruncated><Users/></ListUsersResult></ListUsersResponse>
                """
            )
        }
        let client = TestClient.make(transport, region: "eu-west-1", endpoints: .standard)
        _ = try await client.send(IAM.listUsers, IAM.ListUsersRequest(maxItems: 10))
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://iam.amazonaws.com/")
        #expect(request.method == "POST")
        #expect(request.bodyText == "Action=ListUsers&Version=2010-05-08&MaxItems=10")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.contains("/us-east-1/iam/aws4_request"))
    }

    @Test func decodesResultElementWithMemberListsAndDates() throws {
        let body = """
            <ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <ListUsersResult>
                <Users>
                  <member><Path>/</Path><UserName>alice</UserName><UserId>AIDA1</UserId>
                    <Arn>arn:aws:iam::123456789012:user/alice</Arn><CreateDate>2024-01-02T03:04:05Z</CreateDate></member>
                  <member><Path>/ci/</Path><UserName>bot</UserName><UserId>AIDA2</UserId>
                    <Arn>arn:aws:iam::123456789012:user/ci/bot</Arn><CreateDate>2024-01-02T03:04:05.123Z</CreateDate></member>
                </Users>
                <IsTruncated>true</IsTruncated>
                <Marker>page-2</Marker>
              </ListUsersResult>
              <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
            </ListUsersResponse>
            """
        let output = try QueryProtocol.decode(
            IAM.ListUsersResponse.self, operation: "ListUsers", from: TestClient.xml(body))
        #expect(output.users.map(\.userName) == ["alice", "bot"])
        #expect(output.users[1].path == "/ci/")
        #expect(output.users[0].createDate == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(abs((output.users[1].createDate?.timeIntervalSince1970 ?? 0) - 1_704_164_645.123) < 0.001)
        #expect(output.nextPaginationToken == "page-2")
    }

    @Test func emptyListElementDecodesAsNoItems() throws {
        let body =
            "<ListUsersResponse><ListUsersResult><Users/><IsTruncated>false</IsTruncated></ListUsersResult></ListUsersResponse>"
        let output = try QueryProtocol.decode(
            IAM.ListUsersResponse.self, operation: "ListUsers", from: TestClient.xml(body))
        #expect(output.users.isEmpty)
        #expect(output.nextPaginationToken == nil)
    }

    @Test func decodesAssumeRoleCredentialsWithoutPrintingTheSecret() throws {
        let body = """
            <AssumeRoleResponse><AssumeRoleResult>
              <Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>s3cr3t/value</SecretAccessKey>
                <SessionToken>FQoGZXIvYXdzEXAMPLE</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>
              <AssumedRoleUser><AssumedRoleId>AROA:groundwork</AssumedRoleId>
                <Arn>arn:aws:sts::111122223333:assumed-role/OrganizationAccountAccessRole/groundwork</Arn></AssumedRoleUser>
            </AssumeRoleResult></AssumeRoleResponse>
            """
        let output = try QueryProtocol.decode(
            STS.AssumeRoleResponse.self, operation: "AssumeRole", from: TestClient.xml(body))
        let credentials = try #require(output.credentials)
        #expect(credentials.secretAccessKey == "s3cr3t/value")
        #expect(!credentials.description.contains("s3cr3t"))
        #expect(output.assumedRoleUser?.arn.hasSuffix("OrganizationAccountAccessRole/groundwork") == true)
    }

    @Test func parsesQueryErrorWithCodeMessageAndRequestID() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                """
                <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
                  <Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name bob cannot be found.</Message></Error>
                  <RequestId>4ea1a8c3-EXAMPLE</RequestId>
                </ErrorResponse>
                """,
                status: 404
            )
        }
        let client = TestClient.make(transport)
        let error = await #expect(throws: AWSError.self) {
            try await client.send(IAM.createAccessKey, IAM.UserNameRequest(userName: "bob"))
        }
        #expect(error?.code == "NoSuchEntity")
        #expect(error?.message == "The user with name bob cannot be found.")
        #expect(error?.requestID == "4ea1a8c3-EXAMPLE")
        #expect(error?.statusCode == 404)
        #expect(error?.action == "iam:CreateAccessKey")
        #expect(transport.requests.count == 1)
    }
}
