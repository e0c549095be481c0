import Foundation
import Testing

/// `groundwork plan` and `apply` up to the point where they would talk to AWS; the AWS side is
/// covered by Tests/IntegrationTests/PlanApplyTests.swift against moto.
@Suite struct PlanCommandTests {
    static var invalidSpec: URL { CLIRunner.packageRoot.appendingPathComponent("examples/invalid.yaml") }

    @Test(arguments: ["plan", "apply"])
    func anInvalidSpecStopsBeforeAnythingIsRead(command: String) async throws {
        let result = await CLIRunner.run([command, Self.invalidSpec.path, "--endpoint-url", "http://127.0.0.1:9"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("nothing was read or changed"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: ["plan", "apply"])
    func aMissingSpecIsReported(command: String) async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = await CLIRunner.run([command], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("organization.yaml"))
    }

    @Test func planHelpListsItsOptionsAndTheAWSConnection() async {
        let result = await CLIRunner.run(["plan", "--help"])
        #expect(result.code == 0)
        for option in ["--out", "--detailed-exitcode", "--prune", "--profile", "--region", "--endpoint-url"] {
            #expect(result.stdout.contains(option), "plan --help lacks \(option)")
        }
    }

    @Test(arguments: ["0", "65", "many"])
    func applyRefusesAParallelismOutOfRange(value: String) async {
        let result = await CLIRunner.run(["apply", "--parallel", value])
        #expect(result.code == 64)
        #expect(result.stderr.contains("--parallel"))
    }

    @Test func applyHelpExplainsConfirmationAndResume() async {
        let result = await CLIRunner.run(["apply", "--help"])
        #expect(result.code == 0)
        for text in ["--yes", "--plan", "--journal", "--parallel", "journal"] {
            #expect(result.stdout.contains(text), "apply --help lacks \(text)")
        }
    }
}
