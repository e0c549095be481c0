import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func writesAStarterSpecThatPassesCheck() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = await CLIRunner.run(["init", "--name", "acme", "--frameworks", "soc2,hipaa"], in: directory)
        #expect(written.code == 0, "\(written.stderr)")
        #expect(written.stdout == "wrote organization.yaml for 'acme' (soc2, hipaa)\n")
        let text = try String(contentsOf: directory.appendingPathComponent("organization.yaml"), encoding: .utf8)
        #expect(
            text.contains("name: acme") && text.contains("frameworks: [soc2, hipaa]") && text.contains("retention: 6y"))

        let checked = await CLIRunner.run(["check"], in: directory)
        #expect(checked.code == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout == "no findings\n")
    }

    @Test func neverOverwritesAnExistingFile() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("org.yaml")
        try "mine\n".write(to: file, atomically: true, encoding: .utf8)
        let result = await CLIRunner.run(["init", "org.yaml"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("'org.yaml' already exists; groundwork init never overwrites a spec"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")
    }

    @Test func defaultsToSOC2AndISO27001AndTheDirectoryName() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await CLIRunner.run(["init", "spec.yaml"], in: directory)
        #expect(result.code == 0)
        let text = try String(contentsOf: directory.appendingPathComponent("spec.yaml"), encoding: .utf8)
        #expect(text.contains("frameworks: [soc2, iso27001]"))
        #expect(result.stdout.contains("for '\(directory.lastPathComponent)'"))
    }

    @Test func rejectsAnUnknownFrameworkWithASuggestion() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await CLIRunner.run(["init", "--frameworks", "soc2,hipa"], in: directory)
        #expect(result.code == 64)
        #expect(result.stderr.contains("'hipa'") && result.stderr.contains("hipaa"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("organization.yaml").path))
    }

    @Test func reportsAMissingDirectory() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await CLIRunner.run(["init", "nowhere/organization.yaml"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("cannot write 'nowhere/organization.yaml': directory"))
    }
}
