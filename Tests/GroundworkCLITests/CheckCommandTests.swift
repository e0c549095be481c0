import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func brokenExampleFailsWithCompilerStyleFindings() async {
        let result = await CLIRunner.run(["check", "examples/broken.yaml"], in: CLIRunner.packageRoot)
        #expect(result.code == 1)
        #expect(result.stdout.contains("examples/broken.yaml:18:"))
        #expect(
            result.stdout.contains(
                ": error: [isolation.shared-unit] non-production account 'dev' (development) shares unit 'Workloads'"))
        #expect(result.stdout.contains("    fix: "))
        #expect(result.stdout.hasSuffix("low\n") || result.stdout.contains(" findings: "))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stderr.isEmpty)
    }

    @Test func acmeExamplePasses() async {
        let result = await CLIRunner.run(["check", "examples/acme.yaml"], in: CLIRunner.packageRoot)
        #expect(result.code == 0, "\(result.stdout)")
        #expect(result.stdout == "no findings\n")
    }

    @Test func failOnSetsTheThreshold() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/acme.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "{ github: acme }, ", with: "")  // one medium finding
        try text.write(to: directory.appendingPathComponent("organization.yaml"), atomically: true, encoding: .utf8)

        let byDefault = await CLIRunner.run(["check"], in: directory)
        #expect(byDefault.code == 1)
        #expect(byDefault.stdout.contains("warning: [audit-log.external-sources]"))
        #expect(await CLIRunner.run(["check", "--fail-on", "medium"], in: directory).code == 1)
        #expect(await CLIRunner.run(["check", "--fail-on", "high"], in: directory).code == 0)
        #expect(await CLIRunner.run(["check", "--fail-on", "severe"], in: directory).code == 64)
    }

    @Test func jsonOutput() async throws {
        let result = await CLIRunner.run(
            ["check", "examples/broken.yaml", "--format", "json"], in: CLIRunner.packageRoot)
        #expect(result.code == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["total"] as? Int == findings.count)
        let location = try #require(findings.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == "examples/broken.yaml")
    }

    @Test func sarifOutputUsesRepositoryRelativePaths() async throws {
        let result = await CLIRunner.run(
            ["check", "examples/broken.yaml", "--format", "sarif"],
            in: CLIRunner.packageRoot.appendingPathComponent("examples"))
        // The path is resolved against the working directory, which has no examples/examples.
        #expect(result.code == 2)

        let sarif = await CLIRunner.run(
            ["check", "broken.yaml", "--format", "sarif"], in: CLIRunner.packageRoot.appendingPathComponent("examples"))
        #expect(sarif.code == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let uris = results.compactMap {
            (((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: Any])?["uri"] as? String)
        }
        #expect(uris.count == results.count)
        #expect(Set(uris) == ["examples/broken.yaml"])
    }

    @Test func invalidSpecExitsTwoWithEveryDiagnosticOnStderr() async {
        let result = await CLIRunner.run(["check", "examples/invalid.yaml"], in: CLIRunner.packageRoot)
        #expect(result.code == 2)
        #expect(result.stdout.isEmpty)
        let errors = result.stderr.split(separator: "\n").filter {
            $0.hasPrefix("examples/invalid.yaml:") && $0.contains(": error: ")
        }
        #expect(errors.count >= 5, "\(result.stderr)")
        #expect(result.stderr.contains("nothing was checked"))
    }

    @Test func missingFileExitsTwo() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await CLIRunner.run(["check"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("organization.yaml"))
        #expect(result.stderr.contains("groundwork init"))
        #expect(!result.stderr.contains("problem in the spec"), "a file that was never read has no problems to count")
    }
}
