public import Foundation

/// The identity of an ingested file: where it was, how big, when modified and what it contained.
///
/// Path, size and modification time let a re-run skip a file without reading it; the content
/// hash recognizes the same file under another path (a re-synced S3 prefix, a copied tree).
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var modified: Date
    /// SHA-256 of the bytes as stored (compressed bytes for `.json.gz`).
    public var sha256: [UInt8]

    public init(path: String, size: Int64, modified: Date, sha256: [UInt8]) {
        self.path = path
        self.size = size
        self.modified = modified
        self.sha256 = sha256
    }

    var modifiedNanoseconds: Int64 { Int64((modified.timeIntervalSince1970 * 1e9).rounded()) }
}

/// What one `append` did.
public struct AppendOutcome: Sendable, Hashable {
    /// Records stored for the first time.
    public var newRecords: Int
    /// Records already in the store (same source event id, or same bytes), not stored again.
    public var duplicates: Int
    /// The log's size after the append.
    public var treeSize: UInt64
    /// The checkpoint signed for this append; nil when nothing new was stored.
    public var checkpoint: SignedNote?

    public init(newRecords: Int, duplicates: Int, treeSize: UInt64, checkpoint: SignedNote?) {
        self.newRecords = newRecords
        self.duplicates = duplicates
        self.treeSize = treeSize
        self.checkpoint = checkpoint
    }
}
