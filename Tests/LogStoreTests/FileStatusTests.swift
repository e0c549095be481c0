import Foundation
import Testing

@testable import LogStore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("file status for skipping unchanged files")
struct FileStatusTests {
    /// Earlier versions stored the nanoseconds of `attributesOfItem`'s date; `stat(2)` must give
    /// the same number for every file, or a re-run would read every file again.
    @Test(
        "size and modification time agree with FileManager to the nanosecond",
        arguments: [0, 1, 999_999_999, 123_456_789, 500_000_000, 987_654_321, 5])
    func agreesWithFileManager(nanoseconds: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gw-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.json")
        try Data(repeating: 7, count: 1_234 + nanoseconds % 100).write(to: file)
        var times = [
            timespec(tv_sec: 1_764_000_000 + nanoseconds % 997, tv_nsec: nanoseconds),
            timespec(tv_sec: 1_764_000_000 + nanoseconds % 997, tv_nsec: nanoseconds),
        ]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)

        let status = try #require(FileStatus(path: file.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        let expected = try #require(attributes[.modificationDate] as? Date)
        #expect(status.size == (attributes[.size] as? NSNumber)?.int64Value)
        let ours = SourceFile(path: file.path, size: status.size, modified: status.modified, sha256: [])
        let theirs = SourceFile(path: file.path, size: status.size, modified: expected, sha256: [])
        #expect(ours.modifiedNanoseconds == theirs.modifiedNanoseconds)
    }

    @Test("a missing file has no status")
    func missing() {
        #expect(FileStatus(path: "/nonexistent/gw/\(UUID().uuidString)") == nil)
    }
}
