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
