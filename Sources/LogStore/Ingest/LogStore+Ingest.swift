public import AuditLog
import Digest
public import Foundation

extension LogStore {
    /// Ingests every log file at `url` (a file or a directory tree), one transaction per file.
    ///
    /// A file is skipped without reading when its path, size and modification time match an
    /// earlier run, and after hashing when the same bytes were ingested under another path. A
    /// malformed or truncated file is rejected whole (nothing of it is stored) and reported with
    /// the record where it went wrong; the other files still go in. `sync()` runs at the end, so
    /// what the summary reports is durable.
    ///
    /// - Parameters:
    ///   - url: a log file or a directory (CloudTrail's S3 tree layout is recognized).
    ///   - source: force every file to be read as this source; detected per file when nil.
    ///   - progress: called after each file.
    /// - Throws: `LogStoreError` when the path cannot be read or the store fails.
    public func ingest(_ url: URL, source: Event.SourceKind? = nil, progress: (IngestProgress) -> Void = { _ in })
        throws(LogStoreError) -> IngestSummary
    {
        let discovery: LogDiscovery
        do {
            discovery = try LogDiscovery.scan(url)
        } catch {
            throw LogStoreError(.invalidArgument, "\(error)")
        }
        var summary = IngestSummary()
        summary.filesFound = discovery.files.count
        summary.filesIgnored = discovery.skipped.count
        let parser = LogFileParser(source: source)
        // Stage: a load that will at least double the store builds its query indexes once at the
        // end, by sorting, instead of inserting into them record by record.
        let incomingBytes = discovery.files.reduce(Int64(0)) { total, file in
            let size =
                (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? NSNumber)?.int64Value ?? 0
            return total + (file.isCompressed ? size * 8 : size)
        }
        let bulk = incomingBytes / Self.bytesPerRecordEstimate >= Int64(max(treeSize, Self.bulkLoadMinimum))
        if bulk { try dropSecondaryIndexes() }
        for (index, file) in discovery.files.enumerated() {
            defer {
                progress(
                    IngestProgress(
                        filesDone: index + 1, filesTotal: discovery.files.count, newRecords: summary.newRecords,
                        duplicateRecords: summary.duplicateRecords, currentFile: file.relativePath
                    ))
            }
            let path = file.url.standardizedFileURL.path
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = Int64((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
            let modified = attributes?[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
            if try hasIngested(path: path, size: size, modified: modified) {
                summary.filesUnchanged += 1
                continue
            }
            let digest: [UInt8]
            do {
                digest = try Self.hashFile(path)
            } catch {
                summary.rejected.append(
                    LogParseError(
                        .unreadable, file: path, message: "cannot read the file: \(error.localizedDescription)"))
                continue
            }
            let identity = SourceFile(path: path, size: size, modified: modified, sha256: digest)
            if try hasIngested(sha256: digest) {
                try recordDuplicateFile(identity)
                summary.filesUnchanged += 1
                continue
            }
            do {
                let outcome = try append(from: identity) { sink in
                    try parser.forEachBatch(inFileAt: file.url, displayName: path, sink)
                }
                summary.filesIngested += 1
                summary.newRecords += outcome.newRecords
                summary.duplicateRecords += outcome.duplicates
            } catch let error as LogParseError {
                summary.rejected.append(error)
            } catch let error as LogStoreError {
                throw error
            } catch {
                throw LogStoreError(.database, "cannot store '\(path)': \(error)")
            }
        }
        if bulk { try rebuildIndexes() }
        try sync()
        summary.checkpoint = try latestCheckpoint()
        return summary
    }

    /// A CloudTrail record is 1–1.5 KB of JSON; erring low makes a bulk load more likely.
    static let bytesPerRecordEstimate: Int64 = 1_000
    /// Below this many incoming records, dropping and rebuilding indexes is not worth it.
    static let bulkLoadMinimum: UInt64 = 20_000

    static func hashFile(_ path: String) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hasher.finalize()
    }
}
