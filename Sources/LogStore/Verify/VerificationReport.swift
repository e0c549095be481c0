/// The outcome of `LogStore.verify`: what was checked, and every way the store differs from
/// what its signed checkpoints commit to.
public struct VerificationReport: Sendable, Hashable {
    /// One discrepancy.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// A record's bytes no longer hash to its leaf.
            case modified
            /// A record's searchable (normalized) fields no longer match its verbatim bytes.
            case misindexed
            /// A record (row) is missing, or its content was removed without a signed prune.
            case deleted
            /// A record sits at another position than the one it was appended at.
            case reordered
            /// A record is not covered by any signed checkpoint.
            case inserted
            /// The log is shorter than a checkpoint says it was.
            case truncated
            /// The leaves do not produce a signed root (rewritten leaves, or rows moved with them).
            case rootMismatch = "root-mismatch"
            /// A checkpoint or prune statement is not signed by the trusted key.
            case badSignature = "bad-signature"
            /// The signing, pinned or trusted keys disagree.
            case keyMismatch = "key-mismatch"
            /// An external checkpoint is not an ancestor of the current log.
            case inconsistent
            /// The database cannot be read.
            case damaged
        }

        public var kind: Kind
        /// The record's sequence number (leaf index), when the finding is about one record.
        public var sequence: UInt64?
        public var message: String

        public init(_ kind: Kind, sequence: UInt64? = nil, _ message: String) {
            self.kind = kind
            self.sequence = sequence
            self.message = message
        }

        public var description: String {
            "[\(kind.rawValue)]" + (sequence.map { " record \($0):" } ?? "") + " " + message
        }
    }

    public var findings: [Finding] = []
    /// Facts worth knowing that are not problems (pruned ranges, checkpoints checked).
    public var notes: [String] = []
    /// Records present in the database (pruned ones included).
    public var recordCount: UInt64 = 0
    /// Records whose raw bytes were re-hashed.
    public var recordsHashed: Int = 0
    /// Records pruned under a signed prune statement.
    public var prunedRecords: Int = 0
    /// Signed checkpoints checked.
    public var checkpointsChecked: Int = 0
    /// The latest signed checkpoint, when it could be read.
    public var latestCheckpoint: Checkpoint?

    public init() {}

    /// True when nothing was found.
    public var isIntact: Bool { findings.isEmpty }

    /// The sequence numbers findings name, sorted.
    public func sequences(of kind: Finding.Kind) -> [UInt64] {
        findings.filter { $0.kind == kind }.compactMap(\.sequence).sorted()
    }
}
