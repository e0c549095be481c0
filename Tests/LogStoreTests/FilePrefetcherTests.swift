import Foundation
import Testing

@testable import LogStore

@Suite struct FilePrefetcherTests {
    static func candidates(_ count: Int, size: Int64, compressed: Bool) -> [FilePrefetcher.Candidate] {
        (0..<count).map {
            FilePrefetcher.Candidate(
                url: URL(fileURLWithPath: "/logs/\($0).json"), path: "/logs/\($0).json", size: size,
                modified: Date(timeIntervalSince1970: 0), isCompressed: compressed)
        }
    }

    @Test(
        "many small files are read far ahead, large ones only a few, within the byte budget",
        arguments: [
            // A CloudTrail object: ~10 KB gzipped, ~80 KB of JSON.
            (10_000, Int64(10_000), true, 2, 64),
            (10_000, Int64(10_000), true, 1, 32),
            (3, Int64(10_000), true, 2, 64),
            // 4 MB gzipped (32 MB of JSON): two files in the budget, but never fewer than two per worker.
            (50, Int64(4 << 20), true, 2, 4),
            (50, Int64(4 << 20), false, 2, 16),
            (0, Int64(0), false, 2, 64),
        ])
    func lookahead(count: Int, size: Int64, compressed: Bool, workers: Int, expected: Int) {
        let files = Self.candidates(count, size: size, compressed: compressed)
        #expect(FilePrefetcher.lookahead(for: files, workers: workers) == expected)
    }
}
