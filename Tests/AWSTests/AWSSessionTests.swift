import AWS
import AWSSigner
import Foundation
import Support
import TestSupport
import Testing

@Suite struct AWSSessionTests {
    static let config = """
        [default]
        region = eu-west-1

        [profile ops]
        role_arn = arn:aws:iam::111122223333:role/Ops
        source_profile = base
        role_session_name = ops-session

        [profile admin]
        role_arn = arn:aws:iam::444455556666:role/Admin
        source_profile = ops
        external_id = ext-1

        [profile moto]
        endpoint_url = http://127.0.0.1:5000
        region = us-east-1

        [profile sso]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Admin
        region = eu-west-1
        """
    static let credentials = """
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = default-secret

        [base]
        aws_access_key_id = AKIDBASE
        aws_secret_access_key = base-secret

        [moto]
        aws_access_key_id = AKIDMOTO
        aws_secret_access_key = moto-secret
        """

    static func session(
        _ variables: [String: String] = [:],
        overrides: AWSConfigResolver.Overrides = .init(),
        transport: FakeTransport = FakeTransport(body: "")
    ) throws -> AWSSession {
        let environment = Environment(
            ["HOME": "/home/u", "AWS_CONFIG_FILE": "/cfg", "AWS_SHARED_CREDENTIALS_FILE": "/creds"].merging(variables) {
                _, new in new
            }
        )
        return try AWSSession.load(
            environment: environment,
            overrides: overrides,
            runtime: AWSClient.Runtime(transport: transport, sleeper: .immediate, clock: .constant(TestClient.date)),
            reader: .inMemory(["/cfg": config, "/creds": credentials])
        )
    }

    @Test func defaultProfileKeysAndRegion() async throws {
        let session = try Self.session()
        #expect(session.region.name == "eu-west-1")
        let resolved = try await session.credentials.resolve()
        #expect(resolved.credentials.accessKeyID == "AKIDDEFAULT")
        #expect(resolved.source == .profile("default"))
    }

    @Test func environmentKeysWinOverAWSProfileButNotOverExplicitProfile() async throws {
        let variables = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret", "AWS_PROFILE": "moto"]
        #expect(try await Self.session(variables).credentials.resolve().source == .environment)
        let explicit = try Self.session(variables, overrides: .init(profile: "moto"))
        #expect(try await explicit.credentials.resolve().credentials.accessKeyID == "AKIDMOTO")
    }

    @Test func profileEndpointSendsEveryServiceThere() async throws {
        let transport = FakeTransport(
            body:
                "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
        )
        let session = try Self.session(["AWS_PROFILE": "moto"], transport: transport)
        let identity = try await session.client.send(STS.getCallerIdentity, EmptyInput())
        #expect(identity.account == "123456789012")
        #expect(transport.requests.first?.url.absoluteString == "http://127.0.0.1:5000/")
        #expect(try session.endpoint(for: .iam).signingRegion == "us-east-1")
    }

    @Test func roleChainAssumesEachRoleInOrderWithThePreviousCredentials() async throws {
        let transport = FakeTransport { _, n in
            TestClient.xml(
                """
                <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIA\(n)</AccessKeyId>
                <SecretAccessKey>s\(n)</SecretAccessKey><SessionToken>t\(n)</SessionToken>
                <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
                """
            )
        }
        let session = try Self.session(["AWS_PROFILE": "admin", "AWS_REGION": "eu-west-1"], transport: transport)
        #expect(session.credentialSummary.contains("profile 'base' keys → arn:aws:iam::111122223333:role/Ops"))
        let resolved = try await session.credentials.resolve()
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(
            requests[0].bodyText.contains("role%2FOps") && requests[0].bodyText.contains("RoleSessionName=ops-session"))
        #expect(requests[0].header("Authorization")?.contains("Credential=AKIDBASE/") == true)
        #expect(requests[1].bodyText.contains("role%2FAdmin") && requests[1].bodyText.contains("ExternalId=ext-1"))
        #expect(requests[1].header("Authorization")?.contains("Credential=ASIA1/") == true)
        #expect(resolved.credentials.accessKeyID == "ASIA2")
        #expect(
            resolved.source.description
                == "profile 'base' → assumed role arn:aws:iam::111122223333:role/Ops → assumed role arn:aws:iam::444455556666:role/Admin"
        )
    }

    @Test func missingRegionIsAConfigurationError() throws {
        #expect(throws: AWSConfigError.self) { try Self.session(["AWS_PROFILE": "ops"]) }
    }

    @Test func identityCenterProfileIsExplainedBeforeAnyCall() throws {
        let error = #expect(throws: AWSConfigError.self) { try Self.session(["AWS_PROFILE": "sso"]) }
        #expect(error?.message.contains("IAM Identity Center") == true)
        #expect(error?.location?.line == 19)
    }
}
