import AuditLog
import Foundation
import SQLite

extension LogStore {
    /// Streams the events matching `query`, newest first (by event time, then log order), calling
    /// `body` for each; return false from `body` to stop early.
    ///
    /// Rows are read one at a time from SQLite, so memory stays flat however many match. An actor
    /// filter reads the narrow `actor_terms` index in (term, time) order; action and account
    /// filters use their (value, time) indexes.
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
        let statement = try Self.database { try connection.prepare(sql) }
        try statement.bind(values)
        defer { statement.reset() }
        let actor = query.actor?.lowercased()
        var delivered = 0
        while try statement.step() {
            let stored = Self.storedEvent(statement)
            if let actor, !Self.actorTerms(stored.event.actor).contains(actor) { continue }
            delivered += 1
            guard try body(stored) else { break }
            if let limit = query.limit, delivered >= limit { break }
        }
    }

    /// Collects the matching events into an array (for small results and tests).
    public func events(_ query: EventQuery) throws -> [StoredEvent] {
        var out: [StoredEvent] = []
        try self.query(query) {
            out.append($0); return true
        }
        return out
    }

    static let eventColumns = """
        r.seq, r.source, r.source_event_id, r.time_ms, r.account, r.region, r.actor_kind, r.actor_id, r.actor_name, \
        r.actor_email, r.actor_session, r.actor_role, r.action, r.targets, r.outcome, r.source_ip, r.user_agent, r.raw
        """

    static func storedEvent(_ row: Statement) -> StoredEvent {
        let actor = Event.Actor(
            kind: row.string(at: 6).flatMap(Event.Actor.Kind.init(rawValue:)) ?? .unknown,
            id: row.string(at: 7),
            name: row.string(at: 8),
            email: row.string(at: 9),
            session: row.string(at: 10),
            viaRole: row.string(at: 11)
        )
        let event = Event(
            source: row.string(at: 1).flatMap(Event.SourceKind.init(rawValue:)) ?? .awsCloudTrail,
            sourceEventID: row.string(at: 2),
            time: Date(timeIntervalSince1970: Double(row.int64(at: 3)) / 1000),
            account: row.string(at: 4),
            region: row.string(at: 5),
            actor: actor,
            action: row.string(at: 12) ?? "",
            targets: TargetCoding.decode(row.string(at: 13)),
            outcome: row.string(at: 14).flatMap(Event.Outcome.init(rawValue:)) ?? .unknown,
            sourceIP: row.string(at: 15),
            userAgent: row.string(at: 16),
            raw: row.data(at: 17) ?? Data()
        )
        return StoredEvent(sequence: UInt64(row.int64(at: 0)), event: event)
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
