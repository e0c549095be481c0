import Foundation
import Testing

/// `groundwork audit` up to the point where it would talk to AWS; the audit itself is covered by
/// Tests/IntegrationTests/AuditTests.swift against moto.
@Suite struct AuditCommandTests {
    @Test func helpListsItsOptionsAndTheAWSConnection() async {
        let result = await CLIRunner.run(["audit", "--help"])
        #expect(result.code == 0)
        for option in ["--spec", "--format", "--report", "--evidence", "--attest", "--fail-on", "--profile", "--endpoint-url"] {
            #expect(result.stdout.contains(option), "audit --help lacks \(option)")
        }
    }

    @Test(arguments: [["--format", "yaml"], ["--fail-on", "urgent"]])
    func refusesValuesOutsideTheAllowedOnes(arguments: [String]) async {
        let result = await CLIRunner.run(["audit"] + arguments)
        #expect(result.code == 64)
        #expect(result.stderr.contains(arguments[0]))
    }

    @Test func anInvalidSpecStopsBeforeAnythingIsRead() async {
        let invalid = CLIRunner.packageRoot.appendingPathComponent("examples/invalid.yaml")
        let result = await CLIRunner.run(["audit", "--spec", invalid.path, "--endpoint-url", "http://127.0.0.1:9"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("nothing was read or changed"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingAttestationFileIsReportedBeforeAnyCall() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = await CLIRunner.run(
            ["audit", "--attest", "mfa=missing.png", "--endpoint-url", "http://127.0.0.1:9"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("missing.png"))
    }

    @Test func anUnreachableEndpointCannotBeAuditedAndExitsTwo() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = await CLIRunner.run(
            ["audit", "--endpoint-url", "http://127.0.0.1:9", "--region", "eu-central-1"],
            environment: [
                "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_MAX_ATTEMPTS": "1",
                "AWS_CONFIG_FILE": directory.appendingPathComponent("none").path,
                "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("none").path,
            ], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("could not audit the organization"))
        #expect(!result.stderr.contains("secret"))
    }
}
