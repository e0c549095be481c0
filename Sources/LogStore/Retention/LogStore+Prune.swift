public import AuditLog
public import Foundation
import SQLite
import Support

/// What a prune removed.
public struct PruneOutcome: Sendable, Hashable {
    /// Records whose content was removed (their leaves stay).
    public var prunedRecords: Int
    /// The leaf ranges pruned, inclusive.
    public var ranges: [ClosedRange<UInt64>]
    /// The signed prune statement, nil when nothing was old enough.
    public var statement: SignedNote?
}

extension LogStore {
    /// Removes the content of records whose event time is before `cutoff`, keeping their leaf
    /// hashes so the log still verifies, and signs a statement naming the pruned ranges.
    ///
    /// The removed bytes are overwritten (`secure_delete`) and the WAL is checkpointed and
    /// truncated, so retention means the data is gone, not merely unlinked.
    ///
    /// - Parameters:
    ///   - cutoff: records strictly older than this go.
    ///   - source: only this source's records, when given.
    ///   - minimumRetention: the retention the organization's policy requires (seconds); a cutoff
    ///     that would remove anything younger is refused.
    /// - Throws: `LogStoreError(.retentionRefused)` when the cutoff is younger than the minimum
    ///   retention or in the future.
    @discardableResult
    public func prune(before cutoff: Date, source: Event.SourceKind? = nil, minimumRetention: TimeInterval? = nil)
        throws(LogStoreError) -> PruneOutcome
    {
        guard let signer = signerKey else { throw LogStoreError(.invalidArgument, "the store was opened read-only") }
        let now = clock()
        let age = now.timeIntervalSince(cutoff)
        guard age >= 0 else {
            throw LogStoreError(
                .retentionRefused,
                "the prune cutoff \(Checkpoint.format(cutoff)) is in the future: nothing younger than now can be pruned"
            )
        }
        if let minimumRetention, age < minimumRetention {
            let days = Int((minimumRetention / 86_400).rounded(.up))
            throw LogStoreError(
                .retentionRefused,
                "refusing to prune records younger than the required retention of \(days) days: the cutoff \(Checkpoint.format(cutoff)) is only \(Int(age / 86_400)) days ago; use an --older-than of at least \(days)d"
            )
        }
        var sequences: [UInt64] = []
        var statement: SignedNote?
        try Self.database {
            try connection.execute("PRAGMA secure_delete=ON")
            try connection.transaction {
                var sql = "SELECT \(Self.eventColumns) FROM records r WHERE r.raw IS NOT NULL AND r.time_ms < ?"
                var values: [SQLiteValue] = [.integer(Self.milliseconds(cutoff))]
                if let source {
                    sql += " AND r.source = ?"
                    values.append(.text(source.rawValue))
                }
                let deleteTerm = try connection.cachedStatement(
                    "DELETE FROM actor_terms WHERE term = ? AND time_ms = ? AND seq = ?")
                // Only the actor's terms are needed, to take the record out of the actor index; a
                // record that can no longer be read still goes (its terms are then left behind, and
                // a query re-checks names against records that no longer exist, so they match nothing).
                let decoder = RecordDecoder(connection)
                var victims: [(Int64, Int64, [String])] = []
                try connection.prepare(sql + " ORDER BY r.seq").forEachRow(values) { row in
                    let terms = (try? Self.storedEvent(row, decoder: decoder)).map { Self.actorTerms($0.event.actor) } ?? []
                    victims.append((row.int64(at: 0), row.int64(at: 2), terms))
                }
                let clear = try connection.cachedStatement(
                    "UPDATE records SET account = NULL, action = NULL, dictionary = NULL, raw = NULL WHERE seq = ?")
                for (seq, time, terms) in victims {
                    for term in terms {
                        try deleteTerm.run([.integer(Self.termHash(term)), .integer(time), .integer(seq)])
                    }
                    try clear.run([.integer(seq)])
                    sequences.append(UInt64(seq))
                }
                guard !sequences.isEmpty else { return }
                let text = PruneStatement(
                    origin: origin, before: cutoff, time: now, ranges: PruneStatement.ranges(sequences)
                ).text
                let note = try SignedNote.sign(text, with: signer)
                try connection.execute("INSERT INTO prunes (note) VALUES (?)", [.text(note.serialized)])
                statement = note
            }
            try connection.execute("PRAGMA secure_delete=OFF")
            if !sequences.isEmpty { try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return PruneOutcome(
            prunedRecords: sequences.count, ranges: PruneStatement.ranges(sequences), statement: statement)
    }
}
