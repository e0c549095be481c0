import AuditLog
import Foundation
import SQLite

extension LogStore {
    /// Streams the events matching `query`, newest first (by event time, then log order), calling
    /// `body` for each; return false from `body` to stop early.
    ///
    /// Rows are read one at a time from SQLite, so memory stays flat however many match. An actor
    /// filter reads the narrow `actor_terms` index in (term, time) order, once per probe term
    /// (`actorProbeTerms`: a principal id is also looked up by its session, a role ARN by its
    /// role name), merging the streams; action and account filters use their (value, time)
    /// indexes.
    public func query(_ query: EventQuery, _ body: (StoredEvent) throws -> Bool) throws {
        var conditions = ["r.raw IS NOT NULL"]
        var values: [SQLiteValue] = []
        var from = "records r"
        var order = "r.time_ms DESC, r.seq DESC"
        if let actor = query.actor {
            from = "actor_terms a JOIN records r ON r.seq = a.seq"
            conditions.append("a.term = ?")
            values.append(.integer(Self.termHash(actor.lowercased())))
            order = "a.time_ms DESC, a.seq DESC"
        }
        if let action = query.action {
            if action.contains(":") {
                conditions.append("r.action = ?")
                values.append(.text(action))
            } else {
                conditions.append("(r.action = ? OR r.action LIKE ? ESCAPE '\\')")
                values.append(.text(action))
                values.append(.text("%:" + Self.escapeLike(action)))
            }
        }
        if let account = query.account {
            conditions.append("r.account = ?")
            values.append(.text(account))
        }
        if let source = query.source {
            conditions.append("r.source = ?")
            values.append(.text(source.rawValue))
        }
        let timeColumn = query.actor == nil ? "r.time_ms" : "a.time_ms"
        if let since = query.since {
            conditions.append("\(timeColumn) >= ?")
            values.append(.integer(Self.milliseconds(since)))
        }
        if let until = query.until {
            conditions.append("\(timeColumn) < ?")
            values.append(.integer(Self.milliseconds(until)))
        }
        var sql =
            "SELECT \(Self.eventColumns) FROM \(from) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order)"
        // With an actor filter the limit is applied after the names are re-checked.
        if let limit = query.limit, query.actor == nil {
            sql += " LIMIT ?"
            values.append(.int(max(limit, 0)))
        }
        // One statement per probe term, each in (time, seq) order; merged newest first, and a
        // record two probes both find is delivered once.
        let probes = query.actor.map { Self.actorProbeTerms($0.lowercased()) } ?? [""]
        var statements: [Statement] = []
        defer { for statement in statements { statement.reset() } }
        for probe in probes {
            let statement = try Self.database { try connection.prepare(sql) }
            var bound = values
            if query.actor != nil { bound[0] = .integer(Self.termHash(probe)) }
            try statement.bind(bound)
            statements.append(statement)
        }
        var pending = try statements.map { try $0.step() }
        let decoder = RecordDecoder(connection)
        let actor = query.actor?.lowercased()
        var delivered = 0
        var previous: Int64?
        while let next = Self.newest(statements, pending) {
            let row = statements[next]
            let sequence = row.int64(at: 0)
            let stored = sequence == previous ? nil : try Self.storedEvent(row, decoder: decoder)
            previous = sequence
            pending[next] = try row.step()
            guard let stored else { continue }
            if let actor, !Self.actorTerms(stored.event.actor).contains(actor) { continue }
            delivered += 1
            guard try body(stored) else { break }
            if let limit = query.limit, delivered >= limit { break }
        }
    }

    /// The statement whose current row is the newest (by time, then sequence), among those with a row.
    private static func newest(_ statements: [Statement], _ pending: [Bool]) -> Int? {
        var best: Int?
        for index in statements.indices where pending[index] {
            guard let current = best else {
                best = index
                continue
            }
            let candidate = (statements[index].int64(at: 2), statements[index].int64(at: 0))
            if candidate > (statements[current].int64(at: 2), statements[current].int64(at: 0)) { best = index }
        }
        return best
    }

    /// Collects the matching events into an array (for small results and tests).
    public func events(_ query: EventQuery) throws -> [StoredEvent] {
        var out: [StoredEvent] = []
        try self.query(query) {
            out.append($0); return true
        }
        return out
    }

    /// The columns `storedEvent` reads, in its order.
    static let eventColumns = "r.seq, r.source, r.time_ms, r.dictionary, r.raw, r.leaf"

    /// The stored record restored to its bytes and normalized again, as the ingest normalized it.
    ///
    /// A compressed record is checked against its leaf hash: a damaged frame or dictionary must
    /// fail the query, never show another record in its place.
    ///
    /// - Throws: `LogStoreError(.damaged)` when the record cannot be restored (verify says which).
    static func storedEvent(_ row: Statement, decoder: RecordDecoder) throws(LogStoreError) -> StoredEvent {
        let sequence = UInt64(max(row.int64(at: 0), 0))
        let source = row.string(at: 1).flatMap(Event.SourceKind.init(rawValue:)) ?? .awsCloudTrail
        let raw: [UInt8]
        do {
            raw = try decoder.decode(
                row.bytes(at: 4) ?? [], dictionary: row.isNull(at: 3) ? nil : row.int64(at: 3),
                leaf: row.bytes(at: 5) ?? [])
        } catch {
            throw LogStoreError(
                .damaged, "record \(sequence) cannot be read: \(error.message); run 'groundwork logs verify'")
        }
        var event =
            (try? decoder.normalizer.event(fromRecord: raw, source: source))
            ?? Event(
                source: source, sourceEventID: nil, time: Date(timeIntervalSince1970: 0), account: nil, region: nil,
                actor: Event.Actor(kind: .unknown), action: "", outcome: .unknown, sourceIP: nil, userAgent: nil,
                raw: Data(raw))
        // The stored time is what the time index orders by: keep the two identical.
        event.time = Date(timeIntervalSince1970: Double(row.int64(at: 2)) / 1000)
        return StoredEvent(sequence: sequence, event: event)
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
