import AWS
import AWSSigner
import Foundation
import GroundworkCLI
import Support
import TestSupport
import Testing

/// `groundwork whoami` in-process against moto with signature checking on.
@Suite(.timeLimit(.minutes(2)))
struct AWSWhoamiTests {
    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    static func whoami(_ arguments: [String], environment: [String: String]) async -> Result {
        let out = BufferSink()
        let err = BufferSink()
        let directory = FileManager.default.temporaryDirectory
        var variables = environment
        variables["HOME"] = variables["HOME"] ?? directory.path
        variables["AWS_CONFIG_FILE"] = variables["AWS_CONFIG_FILE"] ?? "/nonexistent/config"
        variables["AWS_SHARED_CREDENTIALS_FILE"] =
            variables["AWS_SHARED_CREDENTIALS_FILE"] ?? "/nonexistent/credentials"
        let code = await GroundworkCLI.run(
            ["whoami"] + arguments,
            environment: Environment(variables),
            stdout: out,
            stderr: err,
            workingDirectory: directory
        )
        return Result(code: code, stdout: out.text, stderr: err.text)
    }

    @Test func showsCallerSourceEndpointsAndOrganization() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { server, client, admin in
            _ = try await client.send(Organizations.createOrganization, .init())
            let result = await Self.whoami(
                ["--region", "eu-west-1", "--endpoint-url", server.endpoint.absoluteString],
                environment: ["AWS_ACCESS_KEY_ID": admin.accessKeyID, "AWS_SECRET_ACCESS_KEY": admin.secretAccessKey]
            )
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stdout.contains("arn:aws:iam::123456789012:user/groundwork-admin"))
            #expect(result.stdout.contains("environment (AWS_ACCESS_KEY_ID)"))
            #expect(result.stdout.contains("eu-west-1 (from --region)"))
            #expect(
                result.stdout.contains(
                    "organizations: \(server.endpoint.absoluteString) (--endpoint-url; signed for us-east-1)"))
            #expect(result.stdout.contains("management account 123456789012 (this account)"))
            #expect(!result.stdout.contains(admin.secretAccessKey))
            #expect(!result.stdout.contains(admin.accessKeyID))
        }
    }

    @Test func jsonReportFromAProfileRoleChain() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { server, client, admin in
            _ = try await client.send(Organizations.createOrganization, .init())
            let account = try #require(
                try await client.send(Organizations.createAccount, .init(email: "dev@example.com", accountName: "dev"))
                    .createAccountStatus?.accountId
            )
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "gw-whoami-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let config = directory.appendingPathComponent("config")
            let credentials = directory.appendingPathComponent("credentials")
            try """
            [profile dev]
            role_arn = arn:aws:iam::\(account):role/OrganizationAccountAccessRole
            source_profile = management
            region = us-east-1
            endpoint_url = \(server.endpoint.absoluteString)
            """.write(to: config, atomically: true, encoding: .utf8)
            try """
            [management]
            aws_access_key_id = \(admin.accessKeyID)
            aws_secret_access_key = \(admin.secretAccessKey)
            """.write(to: credentials, atomically: true, encoding: .utf8)
            let result = await Self.whoami(
                ["--profile", "dev", "--format", "json"],
                environment: ["AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": credentials.path]
            )
            #expect(result.code == 0, "\(result.stderr)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["account"] as? String == account)
            #expect(
                object["credentialSource"] as? String
                    == "profile 'management' → assumed role arn:aws:iam::\(account):role/OrganizationAccountAccessRole"
            )
            #expect(object["region"] as? String == "us-east-1")
            // moto quirk: the member role has no policies, so Organizations is denied there.
            #expect((object["organizationUnavailable"] as? String)?.contains("denied") == true)
            #expect(!result.stdout.contains(admin.secretAccessKey))
        }
    }

    @Test func rejectedSecretExitsTwoWithAHint() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { server, _, admin in
            let result = await Self.whoami(
                ["--region", "us-east-1", "--endpoint-url", server.endpoint.absoluteString],
                environment: ["AWS_ACCESS_KEY_ID": admin.accessKeyID, "AWS_SECRET_ACCESS_KEY": "wrong-secret"]
            )
            #expect(result.code == 2)
            #expect(result.stderr.contains("SignatureDoesNotMatch"))
            #expect(result.stderr.contains("check the access key, secret and session token"))
            #expect(!result.stderr.contains("wrong-secret"))
        }
    }
}
