import AWS
import AuditLog
import Foundation
import LogStore

/// Ingests the log files under an S3 prefix into a store: lists the prefix page by page while
/// it downloads the new objects (a bounded number at a time) into a staging directory that
/// mirrors the bucket, and hands completed batches to the store's own directory ingest, so each
/// file is still stored whole or not at all.
///
/// Objects already ingested (same bucket, key, ETag and size, per `S3ObjectLedger`) are not
/// fetched again, and a batch counts as done only once the store has committed it: an
/// interrupted run resumes after its last committed batch, and a re-run finds nothing new.
/// Digest files and keys without records are listed but never fetched.
struct S3LogMirror: Sendable {
    var client: AWSClient
    var location: S3Location
    /// Downloads in flight at once.
    var parallelism = 8
    /// Objects handed to the store at a time: bigger batches mean fewer checkpoints and fsyncs,
    /// smaller ones less to fetch again after an interruption.
    var batchSize = 64
    /// `max-keys` per listing page; nil lets S3 choose (1,000).
    var pageSize: Int?

    /// Where a run is, reported after each page, download and committed batch.
    struct Progress: Sendable {
        var listed = 0
        var toFetch = 0
        var downloaded = 0
        var ingested = 0
        var newRecords = 0
    }

    /// What a run did.
    struct Summary: Sendable {
        /// Every object under the prefix.
        var listed = 0
        /// Log objects skipped because an earlier run ingested them.
        var alreadyIngested = 0
        var digests = 0
        /// Folder markers, READMEs and other keys without records, and keys that cannot be a path.
        var notLogs = 0
        var downloaded = 0
        var downloadedBytes: Int64 = 0
        /// Keys deleted between listing and reading (lifecycle rules), fetched again next run.
        var vanished: [String] = []
        /// The store's account of the downloaded objects; rejections name the `s3://` key.
        var store = IngestSummary()
    }

    private struct Staged: Sendable {
        var entry: S3ObjectLedger.Entry
        var file: URL
    }

    private enum Completion: Sendable {
        case page(S3.ListObjectsV2Response)
        case downloaded(Staged)
        case vanished(String)
    }

    /// Runs the mirror into `store`; `source` forces the log source as `--source` does.
    /// - Throws: `S3IngestError` (AWS and staging failures, explained), `LogStoreError`, or
    ///   `CancellationError`; batches committed before the error stay committed and recorded.
    func run(into store: LogStore, source: Event.SourceKind?, progress: (Progress) -> Void = { _ in }) async throws
        -> Summary
    {
        let directory = store.location.directory
        let lock = try StagingLock(directory: directory)
        defer { lock.release() }
        let staging = directory.appendingPathComponent("s3-staging")
        try? FileManager.default.removeItem(at: staging)
        let incoming = staging.appendingPathComponent("incoming")
        try Self.makeDirectory(incoming)
        defer { try? FileManager.default.removeItem(at: staging) }

        var ledger = try S3ObjectLedger(directory: directory)
        var summary = Summary()
        var state = Progress()
        var pending: [S3.Object] = []
        var next = 0
        var ready: [Staged] = []
        var inFlight = 0
        var listing = true
        var tokens: Set<String> = []
        var batches = 0

        try await withThrowingTaskGroup(of: Completion.self) { group in
            group.addTask { [self] in try await listPage(after: nil) }
            while let completion = try await group.next() {
                try Task.checkCancellation()
                switch completion {
                case .page(let page):
                    for object in page.contents {
                        summary.listed += 1
                        switch S3KeyKind(key: object.key) {
                        case .log:
                            if ledger.contains(Self.entry(object, bucket: location.bucket)) {
                                summary.alreadyIngested += 1
                            } else {
                                pending.append(object)
                            }
                        case .digest: summary.digests += 1
                        case .notALog, .unsafe: summary.notLogs += 1
                        }
                    }
                    if let token = page.nextContinuationToken, page.isTruncated != false {
                        guard tokens.insert(token).inserted else {
                            throw S3IngestError(
                                "listing \(location) returned the same continuation token twice; stopped to avoid looping"
                            )
                        }
                        group.addTask { [self] in try await listPage(after: token) }
                    } else {
                        listing = false
                    }
                case .downloaded(let staged):
                    inFlight -= 1
                    summary.downloaded += 1
                    summary.downloadedBytes += staged.entry.size
                    ready.append(staged)
                case .vanished(let key):
                    inFlight -= 1
                    summary.vanished.append(key)
                }
                while inFlight < parallelism, next < pending.count {
                    let object = pending[next]
                    next += 1
                    inFlight += 1
                    group.addTask { [self] in try await download(object, into: incoming) }
                }
                state.listed = summary.listed
                state.toFetch = pending.count
                state.downloaded = summary.downloaded
                progress(state)
                let drained = !listing && inFlight == 0 && next == pending.count
                if ready.count >= batchSize || (drained && !ready.isEmpty) {
                    batches += 1
                    let batch = staging.appendingPathComponent("batch-\(batches)")
                    let before = state
                    try commit(ready, from: batch, into: store, source: source, ledger: &ledger, summary: &summary) {
                        state.ingested = before.ingested + $0
                        state.newRecords = before.newRecords + $1
                        progress(state)
                    }
                    ready = []
                    state.ingested = summary.store.filesIngested + summary.store.filesUnchanged
                    state.newRecords = summary.store.newRecords
                    progress(state)
                }
            }
        }
        if summary.store.checkpoint == nil { summary.store.checkpoint = try store.latestCheckpoint() }
        return summary
    }

    // MARK: Stage 1: list

    private func listPage(after token: String?) async throws -> Completion {
        var request = S3.ListObjectsV2Request(
            bucket: location.bucket, prefix: location.prefix.isEmpty ? nil : location.prefix, maxKeys: pageSize)
        request.continuationToken = token
        do {
            return .page(try await client.send(S3.listObjectsV2, request))
        } catch {
            try Task.checkCancellation()
            throw S3IngestError.explaining(error, location: location)
        }
    }

    // MARK: Stage 2: download

    private func download(_ object: S3.Object, into incoming: URL) async throws -> Completion {
        let response: S3.GetObjectResponse
        do {
            response = try await client.send(S3.getObject, .init(bucket: location.bucket, key: object.key))
        } catch let error as AWSError where error.code == "NoSuchKey" {
            return .vanished(object.key)
        } catch {
            try Task.checkCancellation()
            throw S3IngestError.explaining(error, location: location, key: object.key)
        }
        // What was read, which is newer than the listing if the object changed in between.
        var entry = Self.entry(object, bucket: location.bucket)
        if let eTag = response.eTag { entry.eTag = Self.unquoted(eTag) }
        entry.size = Int64(response.body.count)
        let file = incoming.appendingPathComponent(location.bucket).appendingPathComponent(object.key)
        try Self.write(response.body, to: file)
        return .downloaded(Staged(entry: entry, file: file))
    }

    // MARK: Stage 3: commit

    /// Moves `ready` into its own directory (still mirroring the bucket), ingests it with the
    /// store's directory ingest, records the objects the store accepted, and removes the copies.
    private func commit(
        _ ready: [Staged], from batch: URL, into store: LogStore, source: Event.SourceKind?,
        ledger: inout S3ObjectLedger, summary: inout Summary, progress: (Int, Int) -> Void
    ) throws {
        var byPath: [String: Staged] = [:]
        for staged in ready {
            let target = batch.appendingPathComponent(location.bucket).appendingPathComponent(staged.entry.key)
            try Self.makeDirectory(target.deletingLastPathComponent())
            guard rename(staged.file.path, target.path) == 0 else {
                throw S3IngestError(
                    "cannot stage '\(target.path)': \(String(cString: strerror(errno))); check the store directory")
            }
            byPath[target.standardizedFileURL.path] = staged
        }
        let result = try store.ingest(batch, source: source) { step in
            progress(step.filesDone, step.newRecords)
        }
        var rejected: Set<String> = []
        for var rejection in result.rejected {
            if let staged = byPath[rejection.file] {
                rejected.insert(staged.entry.key)
                rejection.file = location.url(of: staged.entry.key)
            }
            summary.store.rejected.append(rejection)
        }
        summary.store.filesFound += result.filesFound
        summary.store.filesIngested += result.filesIngested
        summary.store.filesUnchanged += result.filesUnchanged
        summary.store.filesIgnored += result.filesIgnored
        summary.store.newRecords += result.newRecords
        summary.store.duplicateRecords += result.duplicateRecords
        summary.store.checkpoint = result.checkpoint
        try ledger.record(ready.map(\.entry).filter { !rejected.contains($0.key) })
        try? FileManager.default.removeItem(at: batch)
    }

    // MARK: Files

    static func entry(_ object: S3.Object, bucket: String) -> S3ObjectLedger.Entry {
        S3ObjectLedger.Entry(bucket: bucket, key: object.key, eTag: unquoted(object.eTag ?? ""), size: object.size ?? 0)
    }

    /// S3 quotes ETags (`"9b2c…"`); listings and reads agree once the quotes are gone.
    static func unquoted(_ eTag: String) -> String {
        eTag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    static func makeDirectory(_ url: URL) throws(S3IngestError) {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return
            }
            throw S3IngestError("cannot create the staging directory '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Writes through a hidden part file and a rename, so a staged file is either complete or
    /// absent (and the store's discovery skips hidden names).
    static func write(_ data: Data, to file: URL) throws(S3IngestError) {
        let directory = file.deletingLastPathComponent()
        try makeDirectory(directory)
        let part = directory.appendingPathComponent(".\(file.lastPathComponent).part")
        guard FileManager.default.createFile(atPath: part.path, contents: data, attributes: [.posixPermissions: 0o600]),
            rename(part.path, file.path) == 0
        else {
            throw S3IngestError("cannot stage '\(file.path)': \(String(cString: strerror(errno))); check free space")
        }
    }
}
