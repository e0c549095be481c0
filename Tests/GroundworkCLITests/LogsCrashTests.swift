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

        // Calibrate: how long an uninterrupted ingest of the whole tree takes on this machine.
        let started = ContinuousClock.now
        let calibration = try ingest(trail, store: directory.appendingPathComponent("calibration"))
        calibration.waitUntilExit()
        #expect(calibration.terminationStatus == 0)
        let full = ContinuousClock.now - started

        // Kill at 20 points, each against the same store, which keeps what earlier runs committed.
        // The delay is 2–14% of a full run scaled by the share of work left, so kills keep landing
        // mid-ingest as the store fills up.
        let store = directory.appendingPathComponent("store")
        let total = files * perFile
        var generator = SplitMix(seed: 0x5eed)
        var killedMidway = 0
        var committed = 0
        var sawPartialStore = false
        for _ in 0..<20 {
            let process = try ingest(trail, store: store)
            let fraction = 0.02 + Double(generator.next() % 1000) / 1000 * 0.12
            let remaining = max(0.1, Double(total - committed) / Double(total))
            try await Task.sleep(for: full * (fraction * remaining))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            process.waitUntilExit()
            let verify = await CLIRunner.run(["logs", "verify", "--store", store.path, "--format", "json"])
            #expect(verify.code == 0, "after a kill: \(verify.stdout)\(verify.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any]
            let count = report?["recordCount"] as? Int ?? 0
            // Whole files only, and never fewer than an earlier run had committed.
            #expect(count % perFile == 0)
            #expect(count >= committed)
            committed = count
            if count > 0 && count < total { sawPartialStore = true }
        }
        #expect(killedMidway >= 15)
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
