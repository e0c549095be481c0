import AWS
import AWSSigner
import AuditLog
import Foundation
import LogStore
import Synchronization
import Testing

@testable import GroundworkCLI

/// An in-memory S3 bucket behind `HTTPTransport`: ListObjectsV2 (paged by `max-keys`, in key
/// order, honouring `prefix`) and GetObject, with every request recorded.
final class FakeS3Bucket: HTTPTransport {
    struct Object {
        var body: Data
        var eTag: String
    }

    let name: String
    private let state = Mutex<(objects: [String: Object], requests: [HTTPRequest])>(([:], []))
    /// Answers every request with this error instead (code, status) when set.
    let failure: (code: String, status: Int)?

    init(name: String = "org-trail", failure: (code: String, status: Int)? = nil) {
        self.name = name
        self.failure = failure
    }

    func put(_ key: String, _ body: String, eTag: String? = nil) {
        state.withLock { $0.objects[key] = Object(body: Data(body.utf8), eTag: eTag ?? "etag-\(body.hashValue)") }
    }

    /// Keys read with GetObject so far, in order.
    var fetched: [String] {
        state.withLock { $0.requests }.filter { !($0.url.query ?? "").contains("list-type") }.map(key(of:))
    }

    var listRequests: Int { state.withLock { $0.requests }.count { ($0.url.query ?? "").contains("list-type") } }

    private func key(of request: HTTPRequest) -> String {
        String(request.url.path.dropFirst(name.count + 2))
    }

    func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        let objects = state.withLock { state in
            state.requests.append(request)
            return state.objects
        }
        if let failure {
            return Self.xml(
                "<Error><Code>\(failure.code)</Code><Message>denied by the test</Message><RequestId>r1</RequestId></Error>",
                status: failure.status)
        }
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        func value(_ name: String) -> String? { query.first { $0.name == name }?.value }
        guard value("list-type") == "2" else {
            guard let object = objects[key(of: request)] else {
                return Self.xml("<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>", status: 404)
            }
            return HTTPResponse(statusCode: 200, headers: ["ETag": "\"\(object.eTag)\""], body: object.body)
        }
        let prefix = value("prefix") ?? ""
        let keys = objects.keys.filter { $0.hasPrefix(prefix) }.sorted()
        let start = value("continuation-token").flatMap(Int.init) ?? 0
        let limit = value("max-keys").flatMap(Int.init) ?? 1000
        let page = keys.dropFirst(start).prefix(limit)
        let truncated = start + page.count < keys.count
        var xml = "<ListBucketResult><Name>\(name)</Name><KeyCount>\(page.count)</KeyCount>"
        xml += "<IsTruncated>\(truncated)</IsTruncated>"
        for key in page {
            let object = objects[key]
            xml += "<Contents><Key>\(key)</Key><ETag>&quot;\(object?.eTag ?? "")&quot;</ETag>"
            xml += "<Size>\(object?.body.count ?? 0)</Size></Contents>"
        }
        if truncated { xml += "<NextContinuationToken>\(start + page.count)</NextContinuationToken>" }
        return Self.xml(xml + "</ListBucketResult>")
    }

    static func xml(_ body: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: ["Content-Type": "application/xml"], body: Data(body.utf8))
    }

    func client() -> AWSClient {
        AWSClient(
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret")),
            region: "us-east-1",
            endpoints: .custom(Self.endpoint),
            runtime: AWSClient.Runtime(transport: self, retryPolicy: RetryPolicy(maxAttempts: 1)))
    }

    static let endpoint = URL(string: "http://127.0.0.1:9") ?? URL(fileURLWithPath: "/")
}

@Suite struct LogsIngestS3Tests {
    static let prefix = "AWSLogs/o-test/111111111111/CloudTrail/us-east-1/2026/01/"

    /// A CloudTrail record with a unique event id.
    static func record(_ n: Int) -> String {
        """
        {"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA1","arn":"arn:aws:iam::111111111111:user/alice","accountId":"111111111111","userName":"alice"},"eventTime":"2026-01-02T03:04:05Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15","requestID":"req-\(n)","eventID":"00000000-0000-4000-8000-\(String(format: "%012d", n))","eventType":"AwsApiCall","recipientAccountId":"111111111111"}
        """
    }

    static func file(_ numbers: Range<Int>) -> String {
        "{\"Records\":[" + numbers.map(record).joined(separator: ",") + "]}"
    }

    /// Five log files of three records each, a digest and a README.
    static func trail() -> FakeS3Bucket {
        let bucket = FakeS3Bucket()
        for index in 0..<5 {
            bucket.put(
                prefix + "0\(index + 1)/111111111111_CloudTrail_us-east-1_2026010\(index + 1)T0000Z_f\(index).json",
                file(index * 3..<index * 3 + 3))
        }
        bucket.put(
            "AWSLogs/o-test/111111111111/CloudTrail-Digest/us-east-1/2026/01/01/111111111111_CloudTrail-Digest_us-east-1_x.json.gz",
            "not records")
        bucket.put("AWSLogs/README.txt", "hello")
        return bucket
    }

    static func withStore<T>(_ body: (LogStore, URL) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gw-s3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try LogStore.open(StoreLocation(directory: directory.appendingPathComponent("store")))
        return try await body(store, directory.appendingPathComponent("store"))
    }

    static func mirror(_ bucket: FakeS3Bucket, _ location: String = "s3://org-trail/AWSLogs/") throws -> S3LogMirror {
        var mirror = S3LogMirror(client: bucket.client(), location: try S3Location(location))
        mirror.pageSize = 2
        mirror.batchSize = 2
        mirror.parallelism = 3
        return mirror
    }

    @Test(arguments: [
        ("s3://org-trail/AWSLogs/", "org-trail", "AWSLogs/"),
        ("S3://org-trail", "org-trail", ""),
        ("s3://org-trail/", "org-trail", ""),
        ("s3://b/AWSLogs/o-1/", "b", "AWSLogs/o-1/"),
    ])
    func readsLocations(text: String, bucket: String, prefix: String) throws {
        let location = try S3Location(text)
        #expect(location.bucket == bucket)
        #expect(location.prefix == prefix)
    }

    @Test(arguments: ["s3://", "s3:///AWSLogs/", "./AWSLogs"])
    func refusesLocationsWithoutBucket(text: String) {
        #expect(throws: S3IngestError.self) { try S3Location(text) }
    }

    @Test(arguments: [
        ("AWSLogs/1/CloudTrail/us-east-1/2026/01/01/x.json.gz", S3KeyKind.log),
        ("exports/okta.ndjson", .log),
        ("AWSLogs/1/CloudTrail-Digest/us-east-1/2026/01/01/x.json.gz", .digest),
        ("AWSLogs/1/x_CloudTrail-Digest_us-east-1.json.gz", .digest),
        ("AWSLogs/README.txt", .notALog),
        ("AWSLogs/1/CloudTrail/", .notALog),
        ("AWSLogs/../etc/x.json", .unsafe),
        ("AWSLogs//x.json", .unsafe),
        ("AWSLogs/.hidden/x.json", .unsafe),
    ])
    func classifiesKeys(key: String, kind: S3KeyKind) {
        #expect(S3KeyKind(key: key) == kind)
    }

    @Test func ingestsEveryPageAndFetchesOnlyLogs() async throws {
        let bucket = Self.trail()
        try await Self.withStore { store, _ in
            let summary = try await Self.mirror(bucket).run(into: store, source: nil)
            #expect(summary.listed == 7)
            #expect(summary.downloaded == 5)
            #expect(summary.digests == 1)
            #expect(summary.notLogs == 1)
            #expect(summary.store.newRecords == 15)
            #expect(summary.store.rejected.isEmpty)
            #expect(store.treeSize == 15)
            // Seven keys at two per page: four listing calls, every log fetched once, nothing else.
            #expect(bucket.listRequests == 4)
            #expect(bucket.fetched.sorted() == bucket.fetched.filter { S3KeyKind(key: $0) == .log }.sorted())
            #expect(Set(bucket.fetched).count == 5 && bucket.fetched.count == 5)
        }
    }

    @Test func reRunFetchesNothingAndAChangedObjectAgain() async throws {
        let bucket = Self.trail()
        try await Self.withStore { store, directory in
            _ = try await Self.mirror(bucket).run(into: store, source: nil)
            let again = try await Self.mirror(bucket).run(into: store, source: nil)
            #expect(again.downloaded == 0)
            #expect(again.alreadyIngested == 5)
            #expect(bucket.fetched.count == 5)
            let ledger = directory.appendingPathComponent("s3-objects.jsonl")
            let mode = try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s3-staging").path))

            // CloudTrail never rewrites a file, but if a key's ETag changes it is read again, and
            // its records already in the store count as duplicates.
            let key = Self.prefix + "06/111111111111_CloudTrail_us-east-1_20260106T0000Z_new.json"
            bucket.put(key, Self.file(100..<102))
            bucket.put(
                Self.prefix + "01/111111111111_CloudTrail_us-east-1_20260101T0000Z_f0.json", Self.file(0..<3),
                eTag: "rewritten")
            let third = try await Self.mirror(bucket).run(into: store, source: nil)
            #expect(third.downloaded == 2)
            #expect(third.alreadyIngested == 4)
            #expect(third.store.newRecords == 2)
            #expect(third.store.duplicateRecords == 0)
            #expect(third.store.filesUnchanged == 1)
            #expect(store.treeSize == 17)
        }
    }

    @Test func rejectsAMalformedObjectByKeyAndTriesItAgainNextRun() async throws {
        let bucket = Self.trail()
        let bad = Self.prefix + "09/111111111111_CloudTrail_us-east-1_20260109T0000Z_bad.json"
        bucket.put(bad, "{\"Records\":[" + Self.record(500) + "," + Self.record(501) + ",{\"eventVersion\":")
        try await Self.withStore { store, _ in
            let summary = try await Self.mirror(bucket).run(into: store, source: nil)
            let rejection = try #require(summary.store.rejected.first)
            #expect(summary.store.rejected.count == 1)
            #expect(rejection.file == "s3://org-trail/" + bad)
            #expect(rejection.recordIndex == 2)
            #expect(store.treeSize == 15)
            let again = try await Self.mirror(bucket).run(into: store, source: nil)
            #expect(again.downloaded == 1)
            #expect(again.store.rejected.count == 1)
        }
    }

    @Test(arguments: [
        ("AccessDenied", 403, ["s3:ListBucket", "arn:aws:s3:::org-trail"]),
        ("NoSuchBucket", 404, ["bucket 'org-trail' does not exist"]),
    ])
    func explainsListingErrors(code: String, status: Int, phrases: [String]) async throws {
        let bucket = FakeS3Bucket(failure: (code, status))
        try await Self.withStore { store, _ in
            let error = await #expect(throws: S3IngestError.self) {
                try await Self.mirror(bucket).run(into: store, source: nil)
            }
            for phrase in phrases { #expect(error?.message.contains(phrase) == true, "\(error?.message ?? "")") }
        }
    }

    @Test func explainsADeniedRead() throws {
        let error = AWSError(
            service: "s3", action: "s3:GetObject", operation: "GetObject", code: "AccessDenied",
            message: "Access Denied", requestID: nil, statusCode: 403)
        let location = try S3Location("s3://org-trail/AWSLogs/")
        let explained = S3IngestError.explaining(error, location: location, key: "AWSLogs/x.json.gz")
        #expect(explained.message.contains("s3:GetObject on arn:aws:s3:::org-trail/AWSLogs/x.json.gz"))
        #expect(explained.message.contains("kms:Decrypt"))
    }

    @Test func commandRefusesALocationWithoutBucket() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await CLIRunner.run(["logs", "ingest", "s3:///AWSLogs/", "--store", "store"], in: directory)
        #expect(result.code == 64)
        #expect(result.stderr.contains("names no bucket"))
    }

    @Test func secondRunOnTheSameStoreIsRefusedWhileOneHoldsTheLock() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gw-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try StagingLock(directory: directory)
        #expect(throws: S3IngestError.self) { try StagingLock(directory: directory) }
        withExtendedLifetime(first) {}
    }
}
