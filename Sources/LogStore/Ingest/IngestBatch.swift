/// The files written into the open ingest transaction, and when to commit it.
///
/// A transaction holds whole files only. Its size limit grows with the run: the first holds
/// one file, each later one at most as many records as the run has already committed (up to
/// `maximumRecords`). So a small ingest, or one killed early, commits file by file as before,
/// and a kill never loses more than the run had already committed; a large ingest soon writes
/// tens of thousands of records per transaction, which is what makes it fast (the random pages
/// of the idempotency index are written once per transaction, not once per file).
struct IngestBatch {
    struct File {
        var name: String
        var digest: [UInt8]
        var newRecords: Int
        var duplicates: Int
    }

    /// With schema v2's narrow rows (about 330 bytes a record, the record itself compressed) a
    /// transaction this size about fits the page cache (`LogStore.cacheKiB`), and the random pages of the
    /// idempotency index are rewritten a quarter as often as with 16,384 (measured at 1M records:
    /// 28.3 CPU s with 16,384, 23.1 with 65,536, both at 211 MB peak RSS). With v1's 2 KB rows
    /// the same size spilled dirty pages mid-transaction and cost more.
    static let maximumRecords = 65_536

    private var files: [File] = []
    private var digests: Set<[UInt8]> = []
    private var records = 0

    mutating func add(name: String, digest: [UInt8], newRecords: Int, duplicates: Int) {
        files.append(File(name: name, digest: digest, newRecords: newRecords, duplicates: duplicates))
        digests.insert(digest)
        records += newRecords + duplicates
    }

    func contains(_ digest: [UInt8]) -> Bool { digests.contains(digest) }

    /// True when the open transaction should commit now.
    func isFull(committedThisRun: Int) -> Bool {
        records >= min(max(committedThisRun, 1), Self.maximumRecords)
    }

    /// Hands back the files of the transaction that just committed and starts a new one.
    mutating func committed() -> [File] {
        defer {
            files = []
            digests = []
            records = 0
        }
        return files
    }
}
