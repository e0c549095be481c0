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

    /// A store written by the pre-v2 binary (see Fixtures/v1-store/README.md).
    static var v1Fixture: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/v1-store")
    }

    /// A copy of the fixture laid out as groundwork makes a store (directory 0700, files 0600).
    static func copyOfV1Fixture() throws -> TemporaryStore {
        let temp = try TemporaryStore()
        try FileManager.default.createDirectory(
            at: temp.location.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for name in ["events.sqlite", "checkpoint.vkey", "latest.checkpoint"] {
            let target = temp.location.directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: v1Fixture.appendingPathComponent(name), to: target)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        }
        return temp
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

    /// The real thing: a store the previous version wrote and pruned, opened by this one. It
    /// shows what the previous version's `logs query` printed, the parser's reading of the same
    /// files, and verifies against the root that version signed.
    @Test func aStoreWrittenByThePreviousVersionIsReadAsBefore() throws {
        let temp = try Self.copyOfV1Fixture()
        defer { temp.cleanUp() }
        #expect(try Self.appliedMigrations(temp) == ["v1-log"])
        let signed = try SignedNote(
            parsing: String(contentsOf: Self.v1Fixture.appendingPathComponent("latest.checkpoint"), encoding: .utf8))
        let root = try Checkpoint(text: signed.text).root

        let store = try LogStore.open(temp.location, mode: .readOnly)
        #expect(try Self.appliedMigrations(temp) == ["v1-log", "v2-compact"])
        #expect(try Self.columns(temp, table: "records") == Self.v2Columns)
        #expect(store.treeSize == 18)
        let events = try store.events(EventQuery())

        // What the previous version's `logs query --format ndjson` printed, record by record.
        let printed = try String(
            contentsOf: Self.v1Fixture.appendingPathComponent("query-before.ndjson"), encoding: .utf8
        )
        .split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(printed.count == 10)
        #expect(events.map(\.sequence) == printed.compactMap { ($0["sequence"] as? Int).map(UInt64.init) })
        for (stored, old) in zip(events, printed) {
            let event = stored.event
            let actor = try #require(old["actor"] as? [String: Any])
            let label = "record \(stored.sequence)"
            #expect(event.time.formatted(.iso8601) == old["time"] as? String, "\(label)")
            #expect(event.source.rawValue == old["source"] as? String, "\(label)")
            #expect(event.account == old["account"] as? String, "\(label)")
            #expect(event.region == old["region"] as? String, "\(label)")
            #expect(event.action == old["action"] as? String, "\(label)")
            #expect(event.outcome.rawValue == old["outcome"] as? String, "\(label)")
            #expect(event.sourceIP == old["sourceIP"] as? String, "\(label)")
            #expect(event.userAgent == old["userAgent"] as? String, "\(label)")
            #expect(event.actor.kind.rawValue == actor["kind"] as? String, "\(label)")
            #expect(event.actor.id == actor["id"] as? String, "\(label)")
            #expect(event.actor.name == actor["name"] as? String, "\(label)")
            #expect(event.actor.email == actor["email"] as? String, "\(label)")
            #expect(event.actor.session == actor["session"] as? String, "\(label)")
            let targets = (old["targets"] as? [[String: String]] ?? []).map {
                Event.Target(type: $0["type"] ?? "", id: $0["id"] ?? "")
            }
            #expect(event.targets == targets, "\(label)")
            let record = try JSONSerialization.jsonObject(with: event.raw) as? NSDictionary
            #expect(record == old["record"] as? NSDictionary, "\(label)")
        }

        // Exactly what the parser reads from the same files, verbatim bytes included.
        var parsed: [String: Event] = [:]
        let files = try #require(FileManager.default.enumerator(at: Self.sampleLogs, includingPropertiesForKeys: nil))
        for case let file as URL in files where [".json", ".json.gz", ".ndjson"].contains(where: file.path.hasSuffix) {
            for event in try LogFileParser().events(inFileAt: file) {
                parsed[try CompressionTests.key(event)] = event
            }
        }
        for stored in events {
            #expect(parsed[try CompressionTests.key(stored.event)] == stored.event, "record \(stored.sequence)")
        }

        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.latestCheckpoint?.root == root)
        #expect(report.recordCount == 18)
        #expect(report.recordsHashed == 10)
        #expect(report.checkpointsChecked == 4)
        #expect(report.notes.contains { $0.contains("pruned 8 record(s)") && $0.contains("0-4, 12, 15, 17") })
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
