import AWS
import AWSSigner
import CZlib
import Foundation
import LogStore
import Support
import TestSupport
import Testing

@testable import GroundworkCLI

/// `groundwork logs ingest s3://…` against moto with signature checking on: the real captures
/// in `../shared/testdata/cloudtrail/stratus-red-team`, gzipped into CloudTrail's bucket layout.
///
/// Every ingest here names `s3://…/AWSLogs` without the trailing slash: moto 5.2 fails the
/// signature check of a ListObjectsV2 whose `prefix` has an escaped character (`AWSLogs%2F`),
/// for botocore as well (see `AWSMotoHarness`). The product sends the prefix exactly as given,
/// as AWS expects.
@Suite(.timeLimit(.minutes(3)))
struct LogsIngestS3MotoTests {
    static let bucket = "org-trail"

    static var stratus: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("shared/testdata/cloudtrail/stratus-red-team")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/work/shared/testdata/cloudtrail/stratus-red-team")
    }

    /// One capture per object, as `{"Records": [...]}`, gzipped; keys in the organization-trail layout.
    struct TrailObject {
        var key: String
        var body: Data
        var eventIDs: [String]
    }

    /// gzip in memory with zlib (window bits 31), as CloudTrail writes its files.
    static func gzip(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_BEST_SPEED, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw CocoaError(.coderInvalidValue) }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return -1 }
                return target.count - Int(stream.avail_out)
            }
        }
        guard produced >= 0 else { throw CocoaError(.coderInvalidValue) }
        return Data(output.prefix(produced))
    }

    static func trailObjects() throws -> [TrailObject] {
        let names = try FileManager.default.contentsOfDirectory(atPath: stratus.path).filter { $0.hasSuffix(".json") }
            .sorted()
        return try names.enumerated().map { index, name in
            let data = try Data(contentsOf: stratus.appendingPathComponent(name))
            let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let wrapped = try JSONSerialization.data(withJSONObject: ["Records": records])
            let account = index % 2 == 0 ? "111111111111" : "222222222222"
            let day = String(format: "%02d", index % 28 + 1)
            let stem = name.replacingOccurrences(of: ".json", with: "")
            let key =
                "AWSLogs/o-test1234/\(account)/CloudTrail/us-east-1/2026/01/\(day)/"
                + "\(account)_CloudTrail_us-east-1_202601\(day)T0000Z_\(stem).json.gz"
            return TrailObject(
                key: key, body: try gzip(wrapped), eventIDs: records.compactMap { $0["eventID"] as? String })
        }
    }

    static func upload(_ objects: [TrailObject], client: AWSClient) async throws {
        for object in objects {
            _ = try await client.send(S3.putObject, .init(bucket: bucket, key: object.key, body: object.body))
        }
    }

    static func ingest(_ store: URL, server: MotoServer, admin: AWSCredentials) async -> (Int32, String, String) {
        let out = BufferSink()
        let err = BufferSink()
        let code = await GroundworkCLI.run(
            [
                "logs", "ingest", "s3://\(bucket)/AWSLogs", "--store", store.path, "--region", "us-east-1",
                "--endpoint-url", server.endpoint.absoluteString,
            ],
            environment: Environment([
                "HOME": store.deletingLastPathComponent().path, "AWS_CONFIG_FILE": "/nonexistent/config",
                "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
                "AWS_ACCESS_KEY_ID": admin.accessKeyID, "AWS_SECRET_ACCESS_KEY": admin.secretAccessKey,
            ]),
            stdout: out, stderr: err, workingDirectory: store.deletingLastPathComponent())
        return (code, out.text, err.text)
    }

    static func verify(_ store: URL) async -> Int32 {
        await GroundworkCLI.run(
            ["logs", "verify", "--store", store.path], environment: Environment(["HOME": store.path]),
            stdout: BufferSink(), stderr: BufferSink(), workingDirectory: store.deletingLastPathComponent())
    }

    static func treeSize(_ store: URL) throws -> UInt64 {
        try LogStore.open(StoreLocation(directory: store), mode: .readOnly).treeSize
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gw-s3-moto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func ingestsTheTrailThenNothingNewThenOnlyTheAddedObject() async throws {
        let objects = try Self.trailObjects()
        let expected = Set(objects.flatMap(\.eventIDs)).count
        #expect(objects.count > 30 && expected > 300)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store")
        try await AWSMotoHarness.withAuthenticatedMoto { server, client, admin in
            _ = try await client.send(S3.createBucket, .init(bucket: Self.bucket))
            try await Self.upload(objects, client: client)
            _ = try await client.send(
                S3.putObject,
                .init(
                    bucket: Self.bucket,
                    key: "AWSLogs/o-test1234/111111111111/CloudTrail-Digest/us-east-1/2026/01/01/"
                        + "111111111111_CloudTrail-Digest_us-east-1_org_us-east-1_20260101T010000Z.json.gz",
                    body: try Self.gzip(Data("{\"digestStartTime\":\"2026-01-01T00:00:00Z\"}".utf8))))

            let first = await Self.ingest(store, server: server, admin: admin)
            #expect(first.0 == 0, "\(first.2)")
            #expect(first.1.contains("\(expected) new records"), "\(first.1)")
            #expect(first.1.contains("1 CloudTrail digests"), "\(first.1)")
            #expect(try Self.treeSize(store) == UInt64(expected))

            let second = await Self.ingest(store, server: server, admin: admin)
            #expect(second.0 == 0, "\(second.2)")
            #expect(second.1.contains("nothing new"), "\(second.1)")
            #expect(second.1.contains("\(objects.count) already ingested"), "\(second.1)")
            #expect(try Self.treeSize(store) == UInt64(expected))

            // One more file, its records with fresh event ids.
            let source = try #require(objects.first)
            let data = try Data(
                contentsOf: Self.stratus.appendingPathComponent("aws.defense-evasion.cloudtrail-stop.json"))
            var records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            for index in records.indices { records[index]["eventID"] = UUID().uuidString.lowercased() }
            let added = TrailObject(
                key: source.key.replacingOccurrences(of: ".json.gz", with: "-later.json.gz"),
                body: try Self.gzip(try JSONSerialization.data(withJSONObject: ["Records": records])), eventIDs: [])
            try await Self.upload([added], client: client)
            let third = await Self.ingest(store, server: server, admin: admin)
            #expect(third.0 == 0, "\(third.2)")
            #expect(third.1.contains("ingested 1 object(s)"), "\(third.1)")
            #expect(third.1.contains("\(records.count) new records"), "\(third.1)")
            #expect(third.1.contains("\(objects.count) skipped as already ingested"), "\(third.1)")
            #expect(try Self.treeSize(store) == UInt64(expected + records.count))
            #expect(await Self.verify(store) == 0)
        }
    }

    @Test func anInterruptedRunResumesToTheExactCount() async throws {
        let objects = try Self.trailObjects()
        let expected = Set(objects.flatMap(\.eventIDs)).count
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store")
        try await AWSMotoHarness.withAuthenticatedMoto { server, client, admin in
            _ = try await client.send(S3.createBucket, .init(bucket: Self.bucket))
            try await Self.upload(objects, client: client)

            // Cancel the run once two batches of four are in the store.
            var mirror = S3LogMirror(client: client, location: try S3Location("s3://\(Self.bucket)/AWSLogs"))
            mirror.batchSize = 4
            mirror.parallelism = 2
            let interrupted = Task {
                let opened = try LogStore.open(StoreLocation(directory: store))
                return try await mirror.run(into: opened, source: nil) { step in
                    if step.ingested >= 8 { withUnsafeCurrentTask { $0?.cancel() } }
                }
            }
            await #expect(throws: (any Error).self) { try await interrupted.value }
            let partial = try Self.treeSize(store)
            #expect(partial > 0 && partial < UInt64(expected))
            let ledger = try String(contentsOf: store.appendingPathComponent("s3-objects.jsonl"), encoding: .utf8)
            let recorded = ledger.split(separator: "\n").count
            #expect(recorded >= 8 && recorded < objects.count)

            let resumed = await Self.ingest(store, server: server, admin: admin)
            #expect(resumed.0 == 0, "\(resumed.2)")
            #expect(resumed.1.contains("\(recorded) skipped as already ingested"), "\(resumed.1)")
            #expect(try Self.treeSize(store) == UInt64(expected))
            #expect(await Self.verify(store) == 0)
            #expect(!FileManager.default.fileExists(atPath: store.appendingPathComponent("s3-staging").path))
        }
    }

    @Test func aMissingBucketIsNamedAndExitsTwo() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await AWSMotoHarness.withAuthenticatedMoto { server, _, admin in
            let result = await Self.ingest(directory.appendingPathComponent("store"), server: server, admin: admin)
            #expect(result.0 == 2)
            #expect(result.2.contains("bucket '\(Self.bucket)' does not exist"), "\(result.2)")
        }
    }
}
