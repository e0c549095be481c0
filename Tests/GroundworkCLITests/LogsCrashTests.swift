import Foundation
import SQLite
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

        // Kill 20 times against the same store, which keeps what earlier runs committed. Every
        // fifth kill comes within the first 50 ms (start-up, store creation); the others come the
        // moment a chosen number of further files has been committed, watched through a reader
        // connection, so they land mid-ingest however busy the machine is.
        let store = directory.appendingPathComponent("store")
        let database = store.appendingPathComponent("events.sqlite").path
        let total = files * perFile
        var generator = SplitMix(seed: 0x5eed)
        var killedMidway = 0
        var committed = 0
        for round in 0..<20 {
            let process = try ingest(trail, store: store)
            let early = round % 5 == 0
            let target = committed / perFile + 1 + Int(generator.next() % 4)
            let delay = Int(generator.next() % 50)
            if await killWhen(
                process, early: early, delayMilliseconds: delay, committedFiles: target, database: database)
            {
                killedMidway += 1
            }
            process.waitUntilExit()
            // Killed before the store existed: nothing to verify yet.
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let verify = await CLIRunner.run(["logs", "verify", "--store", store.path, "--format", "json"])
            #expect(verify.code == 0, "after a kill: \(verify.stdout)\(verify.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any]
            let count = report?["recordCount"] as? Int ?? 0
            // Whole files only, and never fewer than an earlier run had committed.
            #expect(count % perFile == 0)
            #expect(count >= committed)
            committed = count
        }
        #expect(killedMidway >= 15)
        #expect(committed > 0 && committed < total, "the kills should land mid-ingest")

        let final = await CLIRunner.run(["logs", "ingest", trail.path, "--store", store.path])
        #expect(final.code == 0, "\(final.stderr)")
        let verify = await CLIRunner.run(["logs", "verify", "--store", store.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["intact"] as? Bool == true)
        #expect(report["recordCount"] as? Int == total)
        let again = await CLIRunner.run(["logs", "ingest", trail.path, "--store", store.path])
        #expect(again.stdout.hasPrefix("nothing new"))
        // Keys a killed bulk load staged were all merged: one idempotency key per record, none pending.
        let connection = try Connection(path: database, mode: .readWrite)
        #expect(try connection.scalar("SELECT count(*) FROM record_keys") == .integer(Int64(total)))
        #expect(
            try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'record_keys_staged'") == .integer(0))
    }
}

/// Watches the child on a thread of its own (not the test pool, which other tests may keep busy)
/// and SIGKILLs it after `delayMilliseconds` (`early`) or as soon as `committedFiles` files are
/// committed. Returns true when the child was still running when killed.
private func killWhen(
    _ process: Process, early: Bool, delayMilliseconds: Int, committedFiles target: Int, database: String
) async -> Bool {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread {
            if early {
                usleep(useconds_t(delayMilliseconds * 1000))
            } else {
                while process.isRunning, committedFiles(database) < target { usleep(1000) }
            }
            let running = process.isRunning
            if running { kill(process.processIdentifier, SIGKILL) }
            continuation.resume(returning: running)
        }
    }
}

/// Files the store has committed, read through its own connection; 0 while it cannot be read.
private func committedFiles(_ path: String) -> Int {
    guard FileManager.default.fileExists(atPath: path),
        let connection = try? Connection(path: path, mode: .readOnly),
        case .integer(let count) = try? connection.scalar("SELECT count(*) FROM files")
    else { return 0 }
    return Int(count)
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
