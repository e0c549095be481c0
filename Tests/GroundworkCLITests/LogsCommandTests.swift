import Foundation
import Testing

/// `groundwork logs …` end to end, in-process.
@Suite struct LogsCommandTests {
    @Test func ingestVerifyQueryRoundTripOnTheSharedCaptures() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ingest = await CLIRunner.run(
            ["logs", "ingest", LogsTestData.stratus.path, "--store", "store"], in: directory)
        #expect(ingest.code == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("ingested 35 files: 310 new records, 0 duplicate, 0 file(s) rejected"))
        let again = await CLIRunner.run(
            ["logs", "ingest", LogsTestData.stratus.path, "--store", "store"], in: directory)
        #expect(again.code == 0)
        #expect(again.stdout.hasPrefix("nothing new: 35 files checked, 35 unchanged"))
        let verify = await CLIRunner.run(["logs", "verify", "--store", "store"], in: directory)
        #expect(verify.code == 0, "\(verify.stdout)")
        #expect(verify.stdout.hasPrefix("intact: 310 records"))
        let query = await CLIRunner.run(
            ["logs", "query", "--store", "store", "--action", "StopLogging", "--format", "ndjson"], in: directory
        )
        #expect(query.code == 0)
        let lines = query.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["action"] as? String == "cloudtrail:StopLogging")
            #expect((object["record"] as? [String: Any])?["eventName"] as? String == "StopLogging")
        }
    }

    @Test func queryFormatsAreStreamedNewestFirst() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try LogsTestData.writeTrail(at: directory.appendingPathComponent("trail"), files: 4, perFile: 30)
        let ingest = await CLIRunner.run(["logs", "ingest", "trail", "--store", "store"], in: directory)
        #expect(ingest.code == 0, "\(ingest.stderr)")
        let json = await CLIRunner.run(
            ["logs", "query", "--store", "store", "--actor", "BOB", "--format", "json"], in: directory)
        #expect(json.code == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 40)
        let times = array.compactMap { $0["time"] as? String }
        #expect(times == times.sorted(by: >))
        #expect(array.allSatisfy { ($0["actor"] as? [String: Any])?["name"] as? String == "bob" })
        let table = await CLIRunner.run(
            ["logs", "query", "--store", "store", "--account", "222222222222", "--limit", "3"], in: directory
        )
        let rows = table.stdout.split(separator: "\n")
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("TIME"))
        #expect(rows.dropFirst().allSatisfy { $0.contains("222222222222") })
        let empty = await CLIRunner.run(
            ["logs", "query", "--store", "store", "--actor", "nobody", "--format", "json"], in: directory)
        #expect(empty.stdout == "[]\n")
        let since = await CLIRunner.run(
            [
                "logs", "query", "--store", "store", "--since", "2026-01-03", "--until", "2026-01-04", "--format",
                "ndjson",
            ],
            in: directory
        )
        #expect(since.stdout.split(separator: "\n").count == 30)
    }

    @Test func malformedFileIsRejectedWithExitTwoAndNothingOfItStored() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let trail = directory.appendingPathComponent("trail")
        try LogsTestData.writeTrail(at: trail, files: 2, perFile: 10)
        let bad = trail.appendingPathComponent("broken.json")
        try Data(#"{"Records":[{"eventTime":"2026-01-01T00:00:00Z","eventName":"A","eventID":"x1"},{"eventTime":"#.utf8)
            .write(to: bad)
        let result = await CLIRunner.run(["logs", "ingest", "trail", "--store", "store"], in: directory)
        #expect(result.code == 2)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.contains("record 1"))
        #expect(result.stdout.contains("20 new records"))
        #expect(result.stdout.contains("1 file(s) rejected"))
        let query = await CLIRunner.run(["logs", "query", "--store", "store", "--format", "ndjson"], in: directory)
        #expect(!query.stdout.contains("\"x1\""))
        #expect(query.stdout.split(separator: "\n").count == 20)
    }

    @Test func tamperingMakesVerifyExitOneAndExternalCheckpointCatchesAReplacedStore() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try LogsTestData.writeTrail(at: directory.appendingPathComponent("trail"), files: 2, perFile: 10)
        _ = await CLIRunner.run(["logs", "ingest", "trail", "--store", "store"], in: directory)
        let checkpoint = await CLIRunner.run(["logs", "checkpoint", "--store", "store"], in: directory)
        #expect(checkpoint.code == 0)
        #expect(checkpoint.stdout.contains("\n20\n"))
        try checkpoint.stdout.write(
            to: directory.appendingPathComponent("anchor.checkpoint"), atomically: true, encoding: .utf8)
        let key = await CLIRunner.run(["logs", "checkpoint", "--public-key", "--store", "store"], in: directory)
        try key.stdout.write(to: directory.appendingPathComponent("store.vkey"), atomically: true, encoding: .utf8)
        // Another store with the same records, another key, swapped in wholesale.
        _ = await CLIRunner.run(["logs", "ingest", "trail", "--store", "other"], in: directory)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("store"))
        try FileManager.default.moveItem(
            at: directory.appendingPathComponent("other"), to: directory.appendingPathComponent("store"))
        let plain = await CLIRunner.run(["logs", "verify", "--store", "store"], in: directory)
        #expect(plain.code == 0)
        let anchored = await CLIRunner.run(
            ["logs", "verify", "--store", "store", "--checkpoint", "anchor.checkpoint", "--format", "json"],
            in: directory
        )
        #expect(anchored.code == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(anchored.stdout.utf8)) as? [String: Any])
        #expect(report["intact"] as? Bool == false)
        let keyed = await CLIRunner.run(
            ["logs", "verify", "--store", "store", "--trusted-key", "store.vkey"], in: directory)
        #expect(keyed.code == 1)
        #expect(keyed.stdout.contains("key-mismatch"))
    }

    @Test func pruneRefusesYoungDataAndKeepsTheLogVerifiable() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try LogsTestData.writeTrail(at: directory.appendingPathComponent("trail"), files: 2, perFile: 10)
        _ = await CLIRunner.run(["logs", "ingest", "trail", "--store", "store"], in: directory)
        let refused = await CLIRunner.run(
            ["logs", "prune", "--store", "store", "--older-than", "30d", "--retention", "1y", "--yes"], in: directory
        )
        #expect(refused.code == 2)
        #expect(refused.stderr.contains("refusing"))
        let dryRun = await CLIRunner.run(["logs", "prune", "--store", "store", "--older-than", "30d"], in: directory)
        #expect(dryRun.code == 0)
        #expect(dryRun.stdout.contains("would remove 20 record(s)"))
        let pruned = await CLIRunner.run(
            ["logs", "prune", "--store", "store", "--older-than", "30d", "--yes"], in: directory)
        #expect(pruned.code == 0, "\(pruned.stderr)")
        #expect(pruned.stdout.contains("pruned 20 record(s)"))
        let verify = await CLIRunner.run(["logs", "verify", "--store", "store"], in: directory)
        #expect(verify.code == 0)
        #expect(verify.stdout.contains("20 pruned"))
        let missing = await CLIRunner.run(["logs", "prune", "--store", "store"], in: directory)
        #expect(missing.code == 64)
    }

    @Test func pruneTakesTheRetentionFromTheSpec() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try LogsTestData.writeTrail(at: directory.appendingPathComponent("trail"), files: 1, perFile: 5)
        _ = await CLIRunner.run(["logs", "ingest", "trail", "--store", "store"], in: directory)
        let spec = CLIRunner.packageRoot.appendingPathComponent("examples/acme.yaml").path  // retention: 7y
        let refused = await CLIRunner.run(
            ["logs", "prune", "--store", "store", "--spec", spec, "--older-than", "30d", "--yes"], in: directory
        )
        #expect(refused.code == 2)
        #expect(refused.stderr.contains("7 years") || refused.stderr.contains("2557 days"))
        let byPolicy = await CLIRunner.run(
            ["logs", "prune", "--store", "store", "--spec", spec, "--yes"], in: directory)
        #expect(byPolicy.code == 0, "\(byPolicy.stderr)")
        #expect(byPolicy.stdout.hasPrefix("nothing to prune"))
    }

    @Test func usageErrors() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let s3 = await CLIRunner.run(["logs", "ingest", "s3:///AWSLogs"], in: directory)
        #expect(s3.code == 64)
        #expect(s3.stderr.contains("names no bucket"))
        let since = await CLIRunner.run(["logs", "query", "--since", "yesterday-ish"], in: directory)
        #expect(since.code == 64)
        let noStore = await CLIRunner.run(["logs", "verify", "--store", "nowhere"], in: directory)
        #expect(noStore.code == 2)
        #expect(noStore.stderr.contains("no audit-log store"))
        let xdg = await CLIRunner.run(
            ["logs", "ingest", LogsTestData.stratus.path],
            environment: ["XDG_DATA_HOME": directory.appendingPathComponent("xdg").path],
            in: directory
        )
        #expect(xdg.code == 0)
        #expect(
            FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("xdg/groundwork/events.sqlite").path))
    }
}
