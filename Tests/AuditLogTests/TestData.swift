import Foundation

/// Paths to the shared real-world test data and this target's fixtures.
enum TestData {
    /// The package root, found from this file's path so tests run from any directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/testdata` relative to the package root; from a git worktree nested deeper, the
    /// nearest ancestor that has `shared/testdata`.
    static let shared: URL = {
        var directory = packageRoot.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")
    }()

    static let stratus = shared.appendingPathComponent("cloudtrail/stratus-red-team")

    static let fixtures = packageRoot.appendingPathComponent("Tests/AuditLogTests/Fixtures")

    /// Every Stratus Red Team detonation log (JSON arrays of CloudTrail records).
    static var stratusFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stratus.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    static func stratus(_ name: String) -> URL { stratus.appendingPathComponent(name) }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("auditlog-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension TestData {
    /// The Stratus Red Team records of `name` as Foundation objects.
    static func stratusRecords(_ name: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: stratus(name)))
        return object as? [[String: Any]] ?? []
    }

    /// Every Stratus Red Team record, in file order.
    static func allStratusRecords() throws -> [[String: Any]] {
        try stratusFiles.flatMap { try stratusRecords($0) }
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Gzips `data` with the system's `gzip`, the way CloudTrail compresses what it delivers;
    /// `flags` such as `-1` or `-9` (without `-n` the header carries the file name).
    static func gzip(_ data: Data, flags: [String] = ["-n"]) throws -> Data {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in")
        try data.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c"] + flags + [input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output
    }
}
