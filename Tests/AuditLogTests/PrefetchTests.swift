import AuditLog
import Foundation
import Testing

@Suite struct PrefetchTests {
    struct Stop: Error {}

    /// The stratus files plus a truncated one in the middle.
    func files() throws -> (directory: URL, files: [LogDiscovery.File]) {
        let directory = try TestData.temporaryDirectory()
        for name in TestData.stratusFiles {
            try FileManager.default.copyItem(at: TestData.stratus(name), to: directory.appendingPathComponent(name))
        }
        let broken = try Data(contentsOf: TestData.stratus(TestData.stratusFiles[3])).dropLast(5)
        try broken.write(to: directory.appendingPathComponent(TestData.stratusFiles[3] + "-cut.json"))
        return (directory, try LogDiscovery.scan(directory).files)
    }

    @Test(arguments: [1, 2, 8])
    func deliversEveryFileInOrder(lookahead: Int) throws {
        let (directory, files) = try files()
        defer { try? FileManager.default.removeItem(at: directory) }
        var seen: [String] = []
        var rejected: [LogParseError] = []
        try LogFileParser().forEachFile(files, lookahead: lookahead) { file, result in
            seen.append(file.relativePath)
            switch result {
            case .success(let events):
                let expected = try LogFileParser().events(inFileAt: file.url)
                #expect(events == expected)
            case .failure(let error):
                rejected.append(error)
            }
        }
        #expect(seen == files.map(\.relativePath))
        #expect(rejected.count == 1)
        #expect(rejected.first?.code == .truncated)
        #expect(rejected.first?.file.hasSuffix("-cut.json") == true)
    }

    @Test func stopsWhenTheConsumerThrows() throws {
        let (directory, files) = try files()
        defer { try? FileManager.default.removeItem(at: directory) }
        var calls = 0
        #expect(throws: Stop.self) {
            try LogFileParser().forEachFile(files, lookahead: 2) { _, _ in
                calls += 1
                if calls == 3 { throw Stop() }
            }
        }
        #expect(calls == 3)
    }

    @Test func noFiles() {
        var calls = 0
        LogFileParser().forEachFile([]) { _, _ in calls += 1 }
        #expect(calls == 0)
    }
}
