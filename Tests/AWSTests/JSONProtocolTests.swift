import AWS
import Foundation
import TestSupport
import Testing

@Suite struct JSONProtocolTests {
    @Test(arguments: [
        (AWSService.organizations, "ListAccounts", "AWSOrganizationsV20161128.ListAccounts"),
        (AWSService.ssoAdmin, "ListInstances", "SWBExternalService.ListInstances"),
        (AWSService.identityStore, "ListUsers", "AWSIdentityStore.ListUsers"),
        (AWSService.kms, "ListKeys", "TrentService.ListKeys"),
        (
            AWSService.cloudTrail, "DescribeTrails",
            "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails"
        ),
    ])
    func targetHeaderAndContentType(service: AWSService, operation: String, target: String) throws {
        let request = try JSONProtocol.request(service: service, operation: operation, input: EmptyInput())
        #expect(request.headers.first { $0.name == "X-Amz-Target" }?.value == target)
        #expect(request.headers.first { $0.name == "Content-Type" }?.value == "application/x-amz-json-1.1")
        #expect(String(decoding: request.body, as: UTF8.self) == "{}")
        #expect(request.method == "POST" && request.path == "/")
    }

    @Test func encodesMembersInPascalCaseAndSkipsNil() throws {
        let input = Organizations.CreateAccountRequest(
            email: "dev@example.com",
            accountName: "dev",
            tags: [Organizations.Tag(key: "stage", value: "dev")]
        )
        let request = try JSONProtocol.request(service: .organizations, operation: "CreateAccount", input: input)
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == #"{"AccountName":"dev","Email":"dev@example.com","Tags":[{"Key":"stage","Value":"dev"}]}"#
        )
    }

    @Test func organizationsIsSignedForUSEast1AtItsGlobalEndpoint() async throws {
        let transport = FakeTransport(body: #"{"Accounts":[],"NextToken":null}"#)
        let client = TestClient.make(transport, region: "eu-central-1", endpoints: .standard)
        _ = try await client.send(Organizations.listAccounts, .init())
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://organizations.us-east-1.amazonaws.com/")
        #expect(try #require(request.header("Authorization")).contains("/us-east-1/organizations/aws4_request"))
    }

    @Test func regionalJSONServiceUsesItsEndpointPrefixAndSigningName() async throws {
        let transport = FakeTransport(body: #"{"Instances":[]}"#)
        let client = TestClient.make(transport, region: "eu-west-1", endpoints: .standard)
        _ = try await client.send(SSOAdmin.listInstances, .init())
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://sso.eu-west-1.amazonaws.com/")
        #expect(try #require(request.header("Authorization")).contains("/eu-west-1/sso/aws4_request"))
    }

    @Test func decodesEpochAndISOTimestamps() throws {
        let body = """
            {"Accounts":[{"Id":"111122223333","Name":"dev","Status":"ACTIVE","JoinedTimestamp":1.7E9},
            {"Id":"444455556666","Name":"prod","JoinedTimestamp":"2024-01-02T03:04:05Z"}],"NextToken":"t2"}
            """
        let output = try JSONProtocol.decode(Organizations.ListAccountsResponse.self, from: TestClient.json(body))
        let accounts = try #require(output.accounts)
        #expect(accounts.map(\.id) == ["111122223333", "444455556666"])
        #expect(accounts[0].joinedTimestamp == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(accounts[1].joinedTimestamp == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(output.nextPaginationToken == "t2")
    }

    @Test(arguments: [
        (
            #"{"__type":"com.amazonaws.organizations#AccessDeniedException","message":"denied"}"#, [String: String](),
            "AccessDeniedException", "denied"
        ),
        (#"{"__type":"TooManyRequestsException","Message":"slow down"}"#, [:], "TooManyRequestsException", "slow down"),
        (
            #"{"message":"nope"}"#, ["x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/"],
            "ResourceNotFoundException", "nope"
        ),
        (
            "<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>bad sig</Message></Error></Errors></ErrorResponse>",
            [:], "SignatureDoesNotMatch", "bad sig"
        ),
    ])
    func parsesErrorCodes(body: String, headers: [String: String], code: String, message: String) async throws {
        let transport = FakeTransport { _, _ in
            TestClient.json(body, status: 400, headers: headers.merging(["x-amzn-RequestId": "req-1"]) { a, _ in a })
        }
        let client = TestClient.make(transport, retryPolicy: .none)
        let error = await #expect(throws: AWSError.self) { try await client.send(Organizations.listAccounts, .init()) }
        #expect(error?.code == code)
        #expect(error?.message == message)
        #expect(error?.requestID == "req-1")
        #expect(error?.service == "organizations")
    }

    @Test func errorReadsLikeASentenceWithActionAndRequest() {
        let error = AWSError(
            service: "organizations",
            action: "organizations:ListAccounts",
            operation: "ListAccounts",
            code: "AccessDeniedException",
            message: "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: organizations:ListAccounts",
            requestID: "1a2b3c",
            statusCode: 400
        )
        #expect(
            error.description
                == "AccessDeniedException: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: "
                + "organizations:ListAccounts (organizations:ListAccounts, HTTP 400, request 1a2b3c)"
        )
        #expect(error.isAccessDenied)
    }

    @Test func signatureFailureSaysToCheckTheCredentials() {
        let error = AWSError(
            service: "sts", action: "sts:GetCallerIdentity", operation: "GetCallerIdentity",
            code: "SignatureDoesNotMatch", message: "The request signature we calculated does not match",
            requestID: nil,
            statusCode: 403
        )
        #expect(error.description.contains("check the access key, secret and session token"))
    }
}
