import Foundation
import Testing

/// `whoami` failures that need no cloud: each exits 2 and names the setting to fix.
@Suite struct WhoamiCommandTests {
    @Test func unknownProfileNamesTheFilesAndKnownProfiles() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("config")
        try "[profile dev]\nregion = eu-west-1\n".write(to: config, atomically: true, encoding: .utf8)
        let result = await CLIRunner.run(
            ["whoami", "--profile", "prod"],
            environment: [
                "AWS_CONFIG_FILE": config.path,
                "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("none").path,
            ],
            in: directory
        )
        #expect(result.code == 2)
        #expect(result.stderr.contains("profile 'prod'"))
        #expect(result.stderr.contains("dev"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingCredentialsSayHowToProvideThem() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = await CLIRunner.run(["whoami", "--region", "us-east-1"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("no AWS credentials found"))
        #expect(result.stderr.contains("AWS_ACCESS_KEY_ID"))
    }

    @Test func unreachableEndpointIsExplainedWithoutPrintingTheSecret() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = await CLIRunner.run(
            ["whoami", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9"],
            environment: ["AWS_ACCESS_KEY_ID": "AKIDUNREACHABLE", "AWS_SECRET_ACCESS_KEY": "very-secret-value"],
            in: directory
        )
        #expect(result.code == 2)
        #expect(result.stderr.contains("cannot connect to http://127.0.0.1:9"))
        #expect(result.stderr.contains("credentials: environment"))
        #expect(!result.stderr.contains("very-secret-value"))
    }

    @Test func invalidEndpointIsAConfigurationError() async throws {
        let result = await CLIRunner.run(
            ["whoami", "--region", "us-east-1", "--endpoint-url", "ftp://example"],
            environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s"]
        )
        #expect(result.code == 2)
        #expect(result.stderr.contains("ftp://example"))
    }

    @Test func unknownFormatIsAUsageError() async throws {
        let result = await CLIRunner.run(["whoami", "--format", "yaml"])
        #expect(result.code == 64)
    }
}
