import Compliance
import Foundation
import Reports
import Support
import Testing

@Suite struct SARIFRendererTests {
    let renderer = SARIFRenderer(
        toolVersion: "0.1.0",
        informationURI: "https://example.com/groundwork",
        rules: [any Rule].all.map(\.metadata),
        repositoryRoot: "/repo",
        defaultArtifact: "/repo/infra/organization.yaml"
    )

    /// Finds `shared/testdata/...` in an ancestor of this file's directory (the package root's
    /// sibling `shared/`, wherever the checkout is).
    static func sharedFile(_ relative: String, from file: String = #filePath) -> URL? {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared").appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    @Test func validatesAgainstTheSARIFSchema() throws {
        let schema = try #require(
            Self.sharedFile("testdata/schemas/sarif-schema-2.1.0.json"), "SARIF schema not found beside the package")
        let sarif = renderer.render(SampleFindings.all)
        let validation = try JSONSchemaValidation.validate(sarif, against: schema)
        #expect(validation.status == 0, "\(validation.report)")
    }

    @Test func describesRulesAndPointsResultsAtRelativePaths() throws {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(renderer.render(SampleFindings.all).utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "groundwork")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == [any Rule].all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)

        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let shared = results[1]
        #expect(shared["level"] as? String == "error")
        let location = try #require(
            (shared["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "infra/organization.yaml")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 18)
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 46)

        // A finding without a location points at the spec's first line.
        let tricky = try #require(
            (results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((tricky["region"] as? [String: Any])?["startLine"] as? Int == 1)
        #expect(results[2]["level"] as? String == "note")

        let descriptor = try #require(rules.first { $0["id"] as? String == "isolation.shared-unit" })
        let properties = try #require(descriptor["properties"] as? [String: Any])
        #expect(properties["security-severity"] as? String == "8.0")
        #expect((properties["tags"] as? [String])?.contains("isolation") == true)
        #expect(descriptor["name"] as? String == "IsolationSharedUnit")
    }

    @Test func fingerprintsAreStableAcrossLineMovesAndDistinct() throws {
        func fingerprints(_ findings: [Finding]) throws -> [String] {
            let root = try #require(
                try JSONSerialization.jsonObject(with: Data(renderer.render(findings).utf8)) as? [String: Any])
            let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["groundworkFinding/v1"] }
        }
        var moved = SampleFindings.sharedUnit
        moved.location?.line = 30
        #expect(try fingerprints([SampleFindings.sharedUnit]) == fingerprints([moved]))
        let all = try fingerprints(SampleFindings.all)
        #expect(Set(all).count == 3 && all.allSatisfy { $0.count == 16 })
    }
}
