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

        // Stage 1: skip, without reading, files unchanged since an earlier run.
        var candidates: [FilePrefetcher.Candidate] = []
        var names: [String] = []
        var done = 0
        func report(_ name: String) {
            done += 1
            progress(
                IngestProgress(
                    filesDone: done, filesTotal: discovery.files.count, newRecords: summary.newRecords,
                    duplicateRecords: summary.duplicateRecords, currentFile: name
                ))
        }
        // A store that has ingested no file yet cannot skip one: no query per file.
        let remembersFiles = try hasIngestedAnyFile()
        for file in discovery.files {
            let path = file.url.standardizedFileURL.path
            let status = FileStatus(path: path)
            let size = status?.size ?? 0
            let time = status?.modified ?? Date(timeIntervalSince1970: 0)
            if remembersFiles, try hasIngested(path: path, size: size, modified: time) {
                summary.filesUnchanged += 1
                report(file.relativePath)
                continue
            }
            candidates.append(
                .init(url: file.url, path: path, size: size, modified: time, isCompressed: file.isCompressed))
            names.append(file.relativePath)
        }

        // Stage 2: a load that will at least double the store builds its query indexes once at
        // the end, by sorting, instead of inserting into them record by record.
        let incomingBytes = candidates.reduce(Int64(0)) { $0 + ($1.isCompressed ? $1.size * 8 : $1.size) }
        let bulk = incomingBytes / Self.bytesPerRecordEstimate >= Int64(max(treeSize, Self.bulkLoadMinimum))
        if bulk { try dropSecondaryIndexes() }
        if bulk, treeSize == 0 { try beginStagingKeys() }
        defer { stagedKeys = nil }

        // Stage 3: the next files are read and parsed on another thread while this one writes.
        // Whole files are grouped into transactions (see `IngestBatch`); a file counts as
        // ingested, and is reported, only once its transaction has committed.
        let prefetcher = FilePrefetcher(candidates, parser: parser, dictionaries: dictionaries)
        defer { prefetcher.cancel() }
        var batch = IngestBatch()
        var open: AppendTransaction?
        defer { if open != nil { abandonAppend() } }
        func commit() throws(LogStoreError) {
            guard let transaction = open else { return }
            _ = try commitAppend(transaction)
            open = nil
            try trainReadyDictionaries(&sampler)
            if stagedKeys?.isFull == true { try startNextStagingRound() }
            for file in batch.committed() {
                summary.filesIngested += 1
                summary.newRecords += file.newRecords
                summary.duplicateRecords += file.duplicates
                report(file.name)
            }
        }
        for (candidate, name) in zip(candidates, names) {
            guard let item = prefetcher.next() else { break }
            let identity = SourceFile(
                path: candidate.path, size: candidate.size,
                modified: candidate.modified, sha256: item.digest)
            if case .rejected(let error) = item.content {
                summary.rejected.append(error)
                report(name)
                continue
            }
            // The same bytes twice in one batch: commit the first so the second is seen as stored.
            if batch.contains(item.digest) { try commit() }
            if try hasIngested(sha256: item.digest) {
                try recordDuplicateFile(identity)
                summary.filesUnchanged += 1
                report(name)
                continue
            }
            switch item.content {
            case .parsed(let prepared):
                let records = prepared.compressingLateRecords(with: encoder) ?? prepared
                if open == nil { open = try beginAppend() }
                guard var transaction = open else { break }
                do {
                    let counts = try appendFile(identity, to: &transaction) { sink in try sink(records) }
                    open = transaction
                    batch.add(name: name, digest: item.digest, newRecords: counts.new, duplicates: counts.duplicates)
                } catch {
                    // Only the database can fail here (the events are parsed): nothing of the batch stays.
                    throw Self.appendFailure(error, path: candidate.path)
                }
                if batch.isFull(committedThisRun: summary.newRecords + summary.duplicateRecords) { try commit() }
            case .stream, .rejected:
                // Too large to hold parsed: its own transaction, so a late parse error rolls back only it.
                try commit()
                do {
                    let outcome = try append(from: identity) { sink in
                        try parser.forEachBatch(inFileAt: candidate.url, displayName: candidate.path, sink)
                    }
                    summary.filesIngested += 1
                    summary.newRecords += outcome.newRecords
                    summary.duplicateRecords += outcome.duplicates
                } catch let error as LogParseError {
                    summary.rejected.append(error)
                } catch {
                    throw Self.appendFailure(error, path: candidate.path)
                }
                report(name)
            }
        }
        try commit()
        if bulk {
            // Seconds of work after the last file on a large load: say so rather than look stuck.
            progress(
                IngestProgress(
                    filesDone: done, filesTotal: discovery.files.count, newRecords: summary.newRecords,
                    duplicateRecords: summary.duplicateRecords, currentFile: "building the query indexes"))
        }
        try finishStagingKeys()
        if bulk { try rebuildIndexes() }
        try sync()
        summary.checkpoint = try latestCheckpoint()
        return summary
    }

    /// A CloudTrail record is 1–1.5 KB of JSON; erring low makes a bulk load more likely.
    static let bytesPerRecordEstimate: Int64 = 1_000
    /// Below this many incoming records, dropping and rebuilding indexes is not worth it.
    static let bulkLoadMinimum: UInt64 = 20_000

    static func appendFailure(_ error: any Error, path: String) -> LogStoreError {
        if let error = error as? LogStoreError { return error }
        return LogStoreError(.database, "cannot store '\(path)': \(error)")
    }

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
