import AuditLog
import Foundation
import SQLite

extension LogStore {
    /// Checks the store at `location` against its signed checkpoints and, when given, against
    /// checkpoints kept elsewhere.
    ///
    /// Stages: (1) keys — the pinned verifier key, the signing key file, the key recorded in the
    /// database and `trustedKey` must agree; (2) every stored checkpoint and prune statement must
    /// be signed by the trusted key; (3) every record is re-hashed and compared with its leaf, and
    /// the leaves are folded into the tree, comparing the root at every checkpoint's size; (4) the
    /// log must end exactly where the latest checkpoint says; (5) `latest.checkpoint` and each
    /// external checkpoint must be an ancestor of the log (RFC 6962 consistency proof).
    ///
    /// - Parameters:
    ///   - external: checkpoints kept outside the store (an Object Lock bucket, a ticket).
    ///   - trustedKey: the verifier key to trust instead of the store's pinned file; pass it when
    ///     the whole store directory could have been replaced.
    /// - Returns: the report; damage is a finding, not an error.
    /// - Throws: `LogStoreError` only when there is no store at `location`.
    public static func verify(
        _ location: StoreLocation, external: [SignedNote] = [], trustedKey: NoteVerifierKey? = nil
    ) throws(LogStoreError) -> VerificationReport {
        var report = VerificationReport()
        guard FileManager.default.fileExists(atPath: location.databaseFile.path) else {
            throw LogStoreError(.storeUnavailable, "no audit-log store at '\(location.directory.path)': pass --store")
        }

        // Stage 1: keys.
        let pinned = try? NoteVerifierKey(text: SecureFile.read(location.pinnedKeyFile))
        if pinned == nil, isUnfinishedCreation(location) {
            // Interrupted before its first key was pinned: nothing was ever stored or signed.
            report.notes.append("the store was never completely created and holds no records: nothing to verify")
            return report
        }
        if pinned == nil {
            report.findings.append(
                .init(.keyMismatch, "the pinned verifier key '\(location.pinnedKeyFile.path)' is missing or unreadable")
            )
        }
        if let trustedKey, let pinned, trustedKey != pinned {
            report.findings.append(
                .init(
                    .keyMismatch,
                    "the store is pinned to key \(pinned.text), not the trusted key \(trustedKey.text): the store was re-keyed or replaced"
                ))
        }
        if let signer = try? NoteSignerKey(text: SecureFile.readSecret(location.keyFile)), let pinned,
            signer.verifier != pinned
        {
            report.findings.append(
                .init(
                    .keyMismatch,
                    "the signing key '\(location.keyFile.path)' is \(signer.verifier.text), not the pinned key \(pinned.text)"
                ))
        }
        guard let trust = trustedKey ?? pinned else { return report }

        let store: LogStore
        do {
            store = try LogStore.open(location, mode: .readOnly)
        } catch let error where error.code == .damaged || error.code == .database || error.code == .invalidKey {
            report.findings.append(.init(.damaged, error.message))
            return report
        }
        do {
            try store.verify(into: &report, trust: trust, external: external)
        } catch {
            report.findings.append(.init(.damaged, "the store database could not be read to the end: \(error)"))
        }
        return report
    }

    /// True when the store has no pinned key, no recorded origin, no records and no checkpoint
    /// kept beside it: the state a first ingest killed during creation leaves.
    private static func isUnfinishedCreation(_ location: StoreLocation) -> Bool {
        guard !FileManager.default.fileExists(atPath: location.latestCheckpointFile.path),
            let connection = try? Connection(path: location.databaseFile.path, mode: .readWrite)
        else { return false }
        let tables = try? connection.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'records')")
        guard case .integer(let count) = tables else { return false }
        if count == 0 { return true }
        let origin = try? connection.scalar("SELECT count(*) FROM meta WHERE key = 'origin'")
        let records = try? connection.scalar("SELECT count(*) FROM records")
        return origin == .integer(0) && records == .integer(0)
    }

    private func verify(into report: inout VerificationReport, trust: NoteVerifierKey, external: [SignedNote]) throws {
        if case .text(let recorded) = try connection.scalar("SELECT value FROM meta WHERE key = 'verifier'"),
            recorded != trust.text
        {
            report.findings.append(
                .init(.keyMismatch, "the database records verifier key \(recorded), not \(trust.text)"))
        }

        // Stage 2: signed checkpoints and prune statements.
        var checkpoints: [(size: UInt64, checkpoint: Checkpoint)] = []
        try connection.prepare("SELECT size, note FROM checkpoints ORDER BY size").forEachRow { row in
            let size = UInt64(max(row.int64(at: 0), 0))
            guard let note = try? SignedNote(parsing: row.string(at: 1) ?? ""),
                let checkpoint = try? Checkpoint(text: note.text)
            else {
                report.findings.append(
                    .init(.badSignature, "the checkpoint stored for size \(size) is not a readable signed note"))
                return
            }
            if !note.isSigned(by: trust) {
                report.findings.append(
                    .init(.badSignature, "the checkpoint for size \(size) is not signed by key \(trust.text)"))
            } else if checkpoint.size != size || checkpoint.origin != trust.name {
                report.findings.append(
                    .init(
                        .badSignature,
                        "the checkpoint stored for size \(size) is a signed checkpoint of size \(checkpoint.size) for '\(checkpoint.origin)'"
                    ))
            }
            checkpoints.append((size, checkpoint))
            report.checkpointsChecked += 1
        }
        report.latestCheckpoint = checkpoints.last?.checkpoint
        var pruned: [ClosedRange<UInt64>] = []
        try connection.prepare("SELECT note FROM prunes ORDER BY id").forEachRow { row in
            guard let note = try? SignedNote(parsing: row.string(at: 0) ?? ""), note.isSigned(by: trust),
                let statement = try? PruneStatement(text: note.text)
            else {
                report.findings.append(
                    .init(
                        .badSignature,
                        "a prune statement is not signed by key \(trust.text); its ranges are not trusted"))
                return
            }
            pruned += statement.ranges
            let count = statement.ranges.reduce(0) { $0 + Int($1.upperBound - $1.lowerBound + 1) }
            report.notes.append(
                "pruned \(count) record(s) older than \(Checkpoint.format(statement.before)) on \(Checkpoint.format(statement.time)): "
                    + statement.ranges.map {
                        $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)"
                    }.joined(separator: ", ")
            )
        }

        // Stage 3: every record against its leaf, and the leaves against every signed root.
        var leaves: [TreeHash] = []
        var range = CompactRange()
        var nextCheckpoint = checkpoints.startIndex
        var previousSize: UInt64 = 0
        var aligned = true
        var mismatched: [(seq: UInt64, actual: TreeHash, stored: TreeHash)] = []
        var misplaced: [(seq: UInt64, belongsAt: UInt64)] = []
        let keyLookup = try connection.prepare("SELECT seq FROM record_keys WHERE key = ?")
        let decoder = RecordDecoder(connection)
        let rows = try connection.prepare(
            "SELECT r.seq, r.source, r.time_ms, r.dictionary, r.raw, r.account, r.action, r.leaf FROM records r ORDER BY r.seq")
        try rows.bind([])
        while try rows.step() {
            let seq = rows.int64(at: 0)
            guard seq >= 0 else { continue }
            let sequence = UInt64(seq)
            if sequence > range.size {
                for missing in range.size..<sequence {
                    report.findings.append(.init(.deleted, sequence: missing, "the record and its leaf are missing"))
                }
                aligned = false
                while range.size < sequence {
                    range.append(TreeHash.emptyRoot)
                    leaves.append(TreeHash.emptyRoot)
                }
            }
            guard let stored = TreeHash(bytes: rows.bytes(at: 7) ?? []) else {
                report.findings.append(.init(.modified, sequence: sequence, "the stored leaf hash is damaged"))
                range.append(TreeHash.emptyRoot)
                leaves.append(TreeHash.emptyRoot)
                continue
            }
            if !rows.isNull(at: 4) {
                let raw: [UInt8]
                do {
                    raw = try decoder.decode(rows.bytes(at: 4) ?? [], dictionary: rows.isNull(at: 3) ? nil : rows.int64(at: 3))
                } catch {
                    report.findings.append(.init(.modified, sequence: sequence, "the stored record cannot be read: \(error.message)"))
                    range.append(stored)
                    leaves.append(stored)
                    continue
                }
                let actual = TreeHash.leaf(raw)
                report.recordsHashed += 1
                let fresh = try? decoder.normalizer.event(
                    fromRecord: raw, source: rows.string(at: 1).flatMap(Event.SourceKind.init(rawValue:)) ?? .awsCloudTrail)
                if actual != stored {
                    mismatched.append((sequence, actual, stored))
                } else if let fields = Self.misindexedFields(
                    fresh, source: rows.string(at: 1), time: rows.int64(at: 2), account: rows.string(at: 5),
                    action: rows.string(at: 6))
                {
                    report.findings.append(
                        .init(
                            .misindexed, sequence: sequence,
                            "the searchable fields (\(fields.joined(separator: ", "))) no longer match the verbatim record: queries would hide or misattribute it"
                        ))
                }
                if let fresh {
                    try keyLookup.bind([.bytes(Self.recordKey(fresh, leaf: actual).bytes)])
                    if try keyLookup.step() {
                        let original = UInt64(max(keyLookup.int64(at: 0), 0))
                        if original != sequence { misplaced.append((sequence, original)) }
                    }
                    keyLookup.reset()
                }
            } else if pruned.contains(where: { $0.contains(sequence) }) {
                report.prunedRecords += 1
            } else {
                report.findings.append(
                    .init(.deleted, sequence: sequence, "the record's content was removed without a signed prune"))
            }
            range.append(stored)
            leaves.append(stored)
            while nextCheckpoint < checkpoints.endIndex, checkpoints[nextCheckpoint].size == range.size {
                let checkpoint = checkpoints[nextCheckpoint].checkpoint
                if aligned, range.root != checkpoint.root {
                    report.findings.append(
                        .init(
                            .rootMismatch, sequence: previousSize,
                            "records \(previousSize)..<\(checkpoint.size) no longer produce the root signed at \(Checkpoint.format(checkpoint.time)) for size \(checkpoint.size): leaves were rewritten or moved"
                        ))
                }
                previousSize = checkpoint.size
                nextCheckpoint += 1
            }
        }
        rows.reset()
        report.recordCount = range.size

        // Modified records whose bytes belong to another position were swapped, not edited.
        let storedAt = Dictionary(mismatched.map { ($0.stored, $0.seq) }, uniquingKeysWith: { first, _ in first })
        for entry in mismatched {
            if let home = storedAt[entry.actual], home != entry.seq {
                report.findings.append(.init(.reordered, sequence: entry.seq, "holds the record appended at \(home)"))
            } else {
                report.findings.append(
                    .init(.modified, sequence: entry.seq, "the record's bytes no longer match its leaf hash"))
            }
        }
        let reported = Set(report.findings.compactMap(\.sequence))
        for entry in misplaced where !reported.contains(entry.seq) {
            report.findings.append(
                .init(.reordered, sequence: entry.seq, "holds the record appended at \(entry.belongsAt)"))
        }

        // Stage 4: the log ends where the latest checkpoint says.
        let signedSize = checkpoints.last?.size ?? 0
        if range.size < signedSize {
            report.findings.append(
                .init(
                    .truncated, sequence: range.size,
                    "the log ends at \(range.size) but the latest signed checkpoint covers \(signedSize) records: \(range.size)..<\(signedSize) are gone"
                ))
        } else if range.size > signedSize {
            for seq in signedSize..<range.size {
                report.findings.append(
                    .init(.inserted, sequence: seq, "the record is not covered by any signed checkpoint"))
            }
        }

        // Stage 5: checkpoints kept outside the database.
        var outside: [(String, SignedNote)] = external.enumerated().map {
            ("external checkpoint \($0.offset + 1)", $0.element)
        }
        if let text = try? String(contentsOf: location.latestCheckpointFile, encoding: .utf8),
            let note = try? SignedNote(parsing: text)
        {
            outside.append(("'\(location.latestCheckpointFile.lastPathComponent)'", note))
        }
        for (label, note) in outside {
            checkConsistency(label: label, note: note, trust: trust, leaves: leaves, into: &report)
        }
        report.findings.sort { ($0.sequence ?? .max, $0.kind.rawValue) < ($1.sequence ?? .max, $1.kind.rawValue) }
    }

    /// The searchable columns that differ from a fresh normalization of the record's own bytes,
    /// or nil when they agree (or the record cannot be re-read, which verification notes elsewhere).
    static func misindexedFields(_ fresh: Event?, source: String?, time: Int64, account: String?, action: String?)
        -> [String]?
    {
        guard let fresh else { return nil }
        var fields: [String] = []
        if fresh.source.rawValue != source { fields.append("source") }
        if milliseconds(fresh.time) != time { fields.append("time") }
        if fresh.account != account { fields.append("account") }
        if fresh.action != action { fields.append("action") }
        return fields.isEmpty ? nil : fields
    }

    private func checkConsistency(
        label: String, note: SignedNote, trust: NoteVerifierKey, leaves: [TreeHash],
        into report: inout VerificationReport
    ) {
        guard let checkpoint = try? Checkpoint(text: note.text) else {
            report.findings.append(.init(.badSignature, "\(label) is not a checkpoint"))
            return
        }
        guard note.isSigned(by: trust), checkpoint.origin == trust.name else {
            report.findings.append(
                .init(
                    .badSignature,
                    "\(label) (origin '\(checkpoint.origin)', size \(checkpoint.size)) is not signed by this store's key \(trust.text): the store was replaced or re-keyed, or the checkpoint belongs to another log"
                ))
            return
        }
        let size = UInt64(leaves.count)
        guard checkpoint.size <= size else {
            report.findings.append(
                .init(
                    .truncated, sequence: size,
                    "\(label) covers \(checkpoint.size) records but the log has \(size): the log was truncated or rolled back"
                ))
            return
        }
        guard checkpoint.size > 0 else { return }
        let proof = MerkleTree.consistencyProof(oldSize: Int(checkpoint.size), leaves: leaves)
        let root = MerkleTree.root(leaves)
        if MerkleTree.verifyConsistency(
            oldSize: checkpoint.size, newSize: size, oldRoot: checkpoint.root, newRoot: root, proof: proof)
        {
            report.notes.append(
                "\(label) of size \(checkpoint.size) (\(Checkpoint.format(checkpoint.time))) is consistent with the log"
            )
        } else {
            report.findings.append(
                .init(
                    .inconsistent,
                    "\(label) of size \(checkpoint.size) signed at \(Checkpoint.format(checkpoint.time)) is not a prefix of the current log: records before \(checkpoint.size) were changed"
                ))
        }
    }
}
