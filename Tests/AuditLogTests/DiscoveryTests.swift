import AuditLog
import Foundation
import Testing

@Suite struct LogDiscoveryTests {
    @Test func walksSortedRecognizesTheS3LayoutAndSkipsNonLogs() throws {
        let root = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let day = "AWSLogs/o-exampleorg1/111122223333/CloudTrail/eu-central-1/2024/12/04"
        let files = [
            "\(day)/111122223333_CloudTrail_eu-central-1_20241204T1005Z_b.json.gz",
            "\(day)/111122223333_CloudTrail_eu-central-1_20241204T1000Z_a.json.gz",
            "AWSLogs/444455556666/CloudTrail/apiso-northsouth-3r/2024/12/04/444455556666_CloudTrail_x_1.json",
            "AWSLogs/o-exampleorg1/111122223333/CloudTrail-Digest/eu-central-1/2024/12/04/111122223333_CloudTrail-Digest_eu-central-1_x.json.gz",
            "exports/github.ndjson",
            "exports/README.md",
            ".hidden/secret.json",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        let discovery = try LogDiscovery.scan(root)
        #expect(
            discovery.files.map(\.relativePath) == [
                "AWSLogs/444455556666/CloudTrail/apiso-northsouth-3r/2024/12/04/444455556666_CloudTrail_x_1.json",
                "\(day)/111122223333_CloudTrail_eu-central-1_20241204T1000Z_a.json.gz",
                "\(day)/111122223333_CloudTrail_eu-central-1_20241204T1005Z_b.json.gz",
                "exports/github.ndjson",
            ])
        #expect(
            discovery.files[0].trail
                == LogDiscovery.TrailLocation(
                    organizationID: nil, accountID: "444455556666", region: "apiso-northsouth-3r", day: "2024-12-04"))
        #expect(discovery.files[1].trail?.organizationID == "o-exampleorg1")
        #expect(discovery.files[1].isCompressed)
        #expect(discovery.files[3].trail == nil)
        #expect(discovery.skippedCount(.cloudTrailDigest) == 1)
        #expect(discovery.skippedCount(.notALogFile) == 1)
        #expect(discovery.skippedCount(.hidden) == 1)
    }

    @Test func insightFilesUnderAnS3Prefix() throws {
        let root = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent(
            "trail-prefix/AWSLogs/444455556666/CloudTrail-Insight/us-east-1/2024/12/04/444455556666_CloudTrail-Insight_us-east-1_y.json.gz"
        )
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: file)
        let discovery = try LogDiscovery.scan(root)
        #expect(
            discovery.files.first?.trail
                == LogDiscovery.TrailLocation(
                    organizationID: nil, accountID: "444455556666", region: "us-east-1", day: "2024-12-04"))
    }

    @Test func sharedTestDataDirectory() throws {
        let discovery = try LogDiscovery.scan(TestData.stratus)
        #expect(discovery.files.count == TestData.stratusFiles.count)
        #expect(discovery.skipped.map(\.relativePath).sorted() == ["LICENSE", "SOURCE.md"])
        let total = try discovery.files.reduce(0) { $0 + (try LogFileParser().events(inFileAt: $1.url).count) }
        #expect(total == (try TestData.allStratusRecords()).count)
    }

    @Test func singleFileIsTakenWhateverItsName() throws {
        let discovery = try LogDiscovery.scan(TestData.stratus.appendingPathComponent("SOURCE.md"))
        #expect(discovery.files.count == 1)
    }

    @Test func missingPath() throws {
        let error = try #require(throws: LogParseError.self) {
            try LogDiscovery.scan(URL(fileURLWithPath: "/nonexistent/logs"))
        }
        #expect(error.code == .unreadable)
    }
}

@Suite struct TimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0), ("2024-07-31T13:06:24Z", 1_722_431_184),
        ("2024-02-29T23:59:59.5Z", 1_709_251_199.5),
        ("2017-09-27T21:01:28.474Z", 1_506_546_088.474), ("2024-12-04T13:10:00+01:00", 1_733_314_200),
        ("2000-03-01T00:00:00-05:30", 951_888_600),
    ])
    func valid(text: String, seconds: Double) throws {
        let date = try #require(Timestamp.parseISO8601(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test(arguments: [
        "", "2024-07-31", "2024-07-31T13:06:24", "2023-02-29T00:00:00Z", "2024-07-31T24:00:00Z",
        "2024-07-31T13:06:24.Z", "2024-07-31T13:06:24Zjunk", "２０２４-07-31T13:06:24Z",
    ])
    func invalid(text: String) {
        #expect(Timestamp.parseISO8601(text) == nil)
    }
}
