import Foundation
import Testing

/// `kill -9` during `groundwork logs ingest`, many times: the store always verifies and, after a
/// final uninterrupted run, holds exactly every record once. The tree is big enough (24,000
/// records) that the first runs are bulk loads, which drop and rebuild the query indexes.
@Suite(.serialized) struct LogsCrashTests {
    private func ingest(_ trail: URL, store: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["logs", "ingest", trail.path, "--store", store.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedIngestsLoseNothingAcknowledgedAndLeaveAVerifiableStore() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: CLIRunner.executable.path),
            "build the groundwork executable first")
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let trail = directory.appendingPathComponent("trail")
        let files = 120
        let perFile = 200
        try LogsTestData.writeTrail(at: trail, files: files, perFile: perFile)

        // Kill at 20 points, each against the same store, which keeps what earlier runs committed.
        // The delay starts short and adapts, so kills keep landing mid-ingest however busy the
        // machine is: longer after a kill that came before any file was committed, shorter after a
        // run that finished first.
        let store = directory.appendingPathComponent("store")
        let total = files * perFile
        var generator = SplitMix(seed: 0x5eed)
        var killedMidway = 0
        var committed = 0
        var sawPartialStore = false
        var delay = Duration.milliseconds(20)
        for _ in 0..<20 {
            let process = try ingest(trail, store: store)
            let jitter = 0.5 + Double(generator.next() % 1000) / 1000
            try await Task.sleep(for: delay * jitter)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: store.appendingPathComponent("events.sqlite").path) else {
                // Killed before the store existed: nothing to verify yet.
                delay = delay * 1.5
                continue
            }
            let verify = await CLIRunner.run(["logs", "verify", "--store", store.path, "--format", "json"])
            #expect(verify.code == 0, "after a kill: \(verify.stdout)\(verify.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any]
            let count = report?["recordCount"] as? Int ?? 0
            // Whole files only, and never fewer than an earlier run had committed.
            #expect(count % perFile == 0)
            #expect(count >= committed)
            if count == committed && count < total { delay = delay * 1.5 }
            if count == total { delay = delay * 0.5 }
            committed = count
            if count > 0 && count < total { sawPartialStore = true }
        }
        #expect(killedMidway >= 10)
        #expect(sawPartialStore, "some kill should land after a file was committed and before the last")

        let final = await CLIRunner.run(["logs", "ingest", trail.path, "--store", store.path])
        #expect(final.code == 0, "\(final.stderr)")
        let verify = await CLIRunner.run(["logs", "verify", "--store", store.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["intact"] as? Bool == true)
        #expect(report["recordCount"] as? Int == total)
        let again = await CLIRunner.run(["logs", "ingest", trail.path, "--store", store.path])
        #expect(again.stdout.hasPrefix("nothing new"))
    }
}

/// A tiny seeded generator so the kill points are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
