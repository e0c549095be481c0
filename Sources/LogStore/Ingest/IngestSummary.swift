public import AuditLog

/// What an ingest run did, for the summary line and the exit code.
public struct IngestSummary: Sendable {
    /// Log files found under the path.
    public var filesFound = 0
    /// Files read and stored (possibly with only duplicates in them).
    public var filesIngested = 0
    /// Files skipped because they were ingested before (same path, size and time, or same bytes).
    public var filesUnchanged = 0
    /// Files that are not logs (digests, READMEs, hidden files), left alone.
    public var filesIgnored = 0
    /// Files rejected whole, each with the record where it went wrong.
    public var rejected: [LogParseError] = []
    public var newRecords = 0
    public var duplicateRecords = 0
    /// The checkpoint after the run (nil for an empty store).
    public var checkpoint: SignedNote?

    public init() {}

    /// True when the run stored nothing new.
    public var addedNothing: Bool { newRecords == 0 }
}

/// Where an ingest run is, reported after each file.
public struct IngestProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var newRecords: Int
    public var duplicateRecords: Int
    public var currentFile: String
}
