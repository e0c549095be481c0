import AuditLog
import Foundation
import SQLite
import Support
import Testing

@testable import LogStore

/// A store written before schema v2 (`v1-log`: normalized columns beside the verbatim record) is
/// upgraded on open, read-only or read-write, without changing a record, a leaf or a signature:
/// it verifies against the same signed root, answers queries as before, and ingest continues the
/// same log (which an old checkpoint kept outside proves).
@Suite struct MigrationTests {
    /// The shipped sample logs (CloudTrail, GitHub and Okta).
    static var sampleLogs: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/logs")
    }

    /// What a v1 store looked like to its users, captured before it is rewritten as v1.
    struct Before {
        var events: [StoredEvent]
        var checkpoint: SignedNote
        var treeSize: UInt64
        var checkpoints: Int
    }

    /// A store in the layout the pre-v2 groundwork wrote, holding the sample logs, 40 fixture
    /// records and 10 records pruned by a signed prune statement.
    ///
    /// It is written by this version (so its leaves, checkpoints, prune statement, idempotency
    /// keys and actor terms are exactly what the store signs) and then moved into a database
    /// made with the `v1-log` migration alone, with the normalized columns v1 kept filled in
    /// from each record.
    static func makeV1Store() throws -> (TemporaryStore, Before) {
        let temp = try TemporaryStore()
        let before: Before
        do {
            let store = try temp.open()
            try store.append((0..<10).map { Fixtures.event($0, user: "olga", daysAgo: 500) })
            let summary = try store.ingest(sampleLogs)
            #expect(summary.rejected.isEmpty)
            #expect(summary.newRecords == 18)
            try store.append((100..<140).map { Fixtures.event($0, user: $0 % 2 == 0 ? "alice" : "bob") })
            try store.prune(before: Fixtures.now.addingTimeInterval(-400 * 86_400))
            try store.sync()
            let checkpoint = try #require(try store.latestCheckpoint())
            let checkpoints = try temp.verify().checkpointsChecked
            before = Before(
                events: try store.events(EventQuery()), checkpoint: checkpoint, treeSize: store.treeSize,
                checkpoints: checkpoints)
        }
        #expect(before.treeSize == 68)
        #expect(before.events.count == 58)

        let current = temp.location.databaseFile
        let moved = temp.root.appendingPathComponent("v2.sqlite")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: current.path + suffix) {
            try FileManager.default.moveItem(atPath: current.path + suffix, toPath: moved.path + suffix)
        }
        do {
            let v1 = try Connection(path: current.path)
            try v1.execute("PRAGMA journal_mode=WAL")
            let migrator = Migrator([try #require(Schema.migrator.migrations.first)])
            #expect(try migrator.migrate(v1) == ["v1-log"])
            try v1.execute("ATTACH DATABASE ? AS old", [.text(moved.path)])
            #expect(try v1.scalar("SELECT count(*) FROM old.records WHERE dictionary IS NOT NULL") == .integer(0))
            try v1.transaction {
                for table in ["meta", "files", "record_keys", "actor_terms", "checkpoints", "prunes"] {
                    try v1.execute("INSERT INTO main.\(table) SELECT * FROM old.\(table)")
                }
                try v1.execute(
                    """
                    INSERT INTO main.records (seq, leaf, source, time_ms, account, action, file_id, raw)
                        SELECT seq, leaf, source, time_ms, account, action, file_id, raw FROM old.records ORDER BY seq
                    """)
                for stored in before.events {
                    let event = stored.event
                    let targets = String(decoding: try JSONEncoder().encode(event.targets), as: UTF8.self)
                    try v1.execute(
                        """
                        UPDATE records SET source_event_id = ?, region = ?, actor_kind = ?, actor_id = ?, actor_name = ?,
                            actor_email = ?, actor_session = ?, actor_role = ?, targets = ?, outcome = ?, source_ip = ?,
                            user_agent = ? WHERE seq = ?
                        """,
                        [
                            .text(event.sourceEventID), .text(event.region), .text(event.actor.kind.rawValue),
                            .text(event.actor.id), .text(event.actor.name), .text(event.actor.email),
                            .text(event.actor.session), .text(event.actor.viaRole), .text(targets),
                            .text(event.outcome.rawValue), .text(event.sourceIP), .text(event.userAgent),
                            .integer(Int64(stored.sequence)),
                        ])
                }
            }
            try v1.execute("DETACH DATABASE old")
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: moved.path + suffix) }
        return (temp, before)
    }

    static func columns(_ temp: TemporaryStore, table: String) throws -> [String] {
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        var names: [String] = []
        try db.prepare("SELECT name FROM pragma_table_info('\(table)') ORDER BY cid").forEachRow {
            names.append($0.string(at: 0) ?? "")
        }
        return names
    }

    static func appliedMigrations(_ temp: TemporaryStore) throws -> [String] {
        try Schema.migrator.appliedMigrations(in: Connection(path: temp.location.databaseFile.path, mode: .readWrite))
    }

    static let v2Columns = ["seq", "leaf", "source", "time_ms", "account", "action", "file_id", "dictionary", "raw"]

    @Test func theHandBuiltStoreHasTheV1Layout() throws {
        let (temp, _) = try Self.makeV1Store()
        defer { temp.cleanUp() }
        #expect(try Self.appliedMigrations(temp) == ["v1-log"])
        #expect(try Self.columns(temp, table: "dictionaries").isEmpty)
        let columns = try Self.columns(temp, table: "records")
        #expect(columns.contains("actor_name") && columns.contains("targets") && !columns.contains("dictionary"))
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        #expect(try db.scalar("SELECT actor_name FROM records WHERE seq = 67") == .text("bob"))
        #expect(try db.scalar("SELECT count(*) FROM records WHERE raw IS NULL") == .integer(10))
    }

    @Test(arguments: [LogStore.AccessMode.readOnly, .readWrite])
    func aV1StoreIsMigratedOnOpenAndIsTheSameLog(mode: LogStore.AccessMode) throws {
        let (temp, before) = try Self.makeV1Store()
        defer { temp.cleanUp() }
        do {
            let store = try LogStore.open(temp.location, mode: mode, clock: .constant(Fixtures.now))
            #expect(try Self.appliedMigrations(temp) == ["v1-log", "v2-compact"])
            #expect(try Self.columns(temp, table: "records") == Self.v2Columns)
            #expect(store.treeSize == before.treeSize)
            // Every query answers exactly as before: same records, same order, same normalization.
            #expect(try store.events(EventQuery()) == before.events)
            for actor in ["alice", "bob", "olga", "alice@acme.example", "bob@acme.example", "bob-acme"] {
                let expected = before.events.filter { LogStore.actorTerms($0.event.actor).contains(actor) }
                #expect(try store.events(EventQuery(actor: actor)) == expected, "\(actor)")
            }
            #expect(try store.events(EventQuery(source: .okta)).count == 3)
            #expect(try store.events(EventQuery(source: .github)).count == 3)
            #expect(try store.latestCheckpoint() == before.checkpoint)
        }
        let report = try temp.verify(external: [before.checkpoint])
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.latestCheckpoint?.root == (try Checkpoint(text: before.checkpoint.text).root))
        #expect(report.recordsHashed == 58)
        #expect(report.checkpointsChecked == before.checkpoints)
        #expect(report.notes.contains { $0.contains("pruned 10 record(s)") })
        // A second open finds nothing left to migrate.
        _ = try LogStore.open(temp.location, mode: .readOnly)
        #expect(try Self.appliedMigrations(temp) == ["v1-log", "v2-compact"])
    }

    /// After the upgrade, ingest continues the same log: the old checkpoint (kept outside) is a
    /// prefix of the new one, and the new records are sampled and then compressed as usual.
    @Test func ingestContinuesTheMigratedLog() throws {
        let (temp, before) = try Self.makeV1Store()
        defer { temp.cleanUp() }
        let store = try temp.open()
        // The sample logs again: nothing new.
        let again = try store.ingest(Self.sampleLogs)
        #expect(again.addedNothing)
        let more = (1_000..<3_100).map { Fixtures.event($0, user: "carol", daysAgo: 0.5) }
        try store.append(Array(more.prefix(DictionarySampler.target)))
        let last = try store.append(Array(more.dropFirst(DictionarySampler.target)))
        #expect(last.newRecords == 100)
        #expect(store.treeSize == before.treeSize + UInt64(more.count))
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        #expect(try db.scalar("SELECT count(*) FROM records WHERE dictionary IS NOT NULL") == .integer(100))
        #expect(
            try db.scalar("SELECT min(seq) FROM records WHERE dictionary IS NOT NULL")
                == .integer(Int64(before.treeSize) + 2_000))

        let carol = try store.events(EventQuery(actor: "carol"))
        #expect(carol.count == more.count)
        #expect(Set(carol.map(\.event)) == Set(more))
        // The migrated records are still there, unchanged, in the same order.
        #expect(try store.events(EventQuery()).filter { $0.sequence < before.treeSize } == before.events)
        let report = try temp.verify(external: [before.checkpoint])
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordsHashed == before.events.count + more.count)
        #expect(report.notes.contains { $0.contains("of size \(before.treeSize)") && $0.contains("consistent") })
    }
}
