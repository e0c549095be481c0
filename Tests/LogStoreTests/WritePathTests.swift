import AuditLog
import Foundation
import SQLite
import Testing

@testable import LogStore

/// The ingest write path: transactions of several whole files, and the per-record work moved
/// off the writing thread (role names, targets), which must mean exactly what it meant before.
@Suite struct WritePathTests {
    @Test(
        arguments: [
            ("arn:aws:sts::111111111111:assumed-role/Admin/alice", "Admin"),
            (
                "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_ReadOnly_0a1b/mara@example.com",
                "AWSReservedSSO_ReadOnly_0a1b"
            ),
            ("arn:aws:iam::111111111111:role/service-role/Deploy", "Deploy"),
            ("arn:aws:iam::111111111111:role/Deploy", "Deploy"),
            ("arn:aws:iam::111111111111:root", nil),
            ("", nil),
        ] as [(String, String?)])
    func roleNames(role: String, expected: String?) {
        #expect(LogStore.roleName(role) == expected)
    }

    @Test func actorTermsIncludeThePermissionSetOfAnIdentityCenterRole() {
        let actor = Event.Actor(
            kind: .role, id: "AROAEXAMPLE:mara@example.com", name: nil, email: nil,
            session: "Mara@Example.com",
            viaRole: "arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_ReadOnly_0a1b2c")
        let terms = LogStore.actorTerms(actor)
        #expect(terms.contains("mara@example.com"))
        #expect(terms.contains("awsreservedsso_readonly_0a1b2c"))
        #expect(terms.contains("readonly"))
        #expect(Set(terms).count == terms.count)
    }

    @Test(
        arguments: [
            "arn:aws:sts::1:assumed-role//Admin/alice", "arn:aws:sts::1:assumed-role/",
            "arn:aws:sts::1:assumed-role///",
            "arn:aws:iam::1:role/Deploy/", "/", "//", "a/", "/a", "no-slash", "arn:aws:iam::1:role/é/Rôle",
        ])
    func roleNamesMatchTheStringSplittingTheyReplace(role: String) {
        // The definition the byte-level version must keep: split on "/" dropping empty parts.
        let parts = role.split(separator: "/")
        let expected: String? =
            if let marker = role.firstRange(of: ":assumed-role/") {
                role[marker.upperBound...].split(separator: "/").first.map(String.init)
            } else if role.contains("/") {
                parts.last.map(String.init)
            } else {
                nil
            }
        #expect(LogStore.roleName(role) == expected)
    }

    /// Every actor of the shared CloudTrail data and the GitHub/Okta fixtures.
    static let realActors: [Event.Actor] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var directory = root.deletingLastPathComponent()
        var stratus = directory.appendingPathComponent("shared/testdata/cloudtrail/stratus-red-team")
        while !FileManager.default.fileExists(atPath: stratus.path), directory.path != "/" {
            directory = directory.deletingLastPathComponent()
            stratus = directory.appendingPathComponent("shared/testdata/cloudtrail/stratus-red-team")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stratus.path)) ?? []
        var files = names.filter { $0.hasSuffix(".json") }.sorted().map { stratus.appendingPathComponent($0) }
        let fixtures = root.appendingPathComponent("Tests/AuditLogTests/Fixtures")
        for name in ["github/org-audit-log.json", "github/org-audit-log.ndjson", "okta/system-log.json"] {
            files.append(fixtures.appendingPathComponent(name))
        }
        return files.flatMap { (try? LogFileParser().events(inFileAt: $0))?.map(\.actor) ?? [] }
    }()

    /// The index leaves out terms a query reaches through another: every name of the actor must
    /// still lead, through its probe terms, to a term the index stores.
    static func expectEveryTermFindable(_ actor: Event.Actor, sourceLocation: SourceLocation = #_sourceLocation) {
        let indexed = Set(LogStore.indexedActorTerms(actor))
        #expect(indexed.isSubset(of: LogStore.actorTerms(actor)), sourceLocation: sourceLocation)
        for term in LogStore.actorTerms(actor) {
            #expect(
                LogStore.actorProbeTerms(term).contains(where: indexed.contains), "\(term) of \(actor)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func anAssumedRolesPrincipalIdAndRoleArnAreFoundThroughItsSessionAndRoleName() {
        let actor = Event.Actor(
            kind: .role, id: "AROAEXAMPLE:Mara@Example.com", session: "mara@example.com",
            viaRole: "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_ReadOnly_0a1b2c/mara@example.com")
        #expect(
            LogStore.indexedActorTerms(actor) == ["mara@example.com", "awsreservedsso_readonly_0a1b2c", "readonly"])
        #expect(LogStore.actorTerms(actor).count == 5)
        #expect(
            LogStore.actorProbeTerms("aroaexample:mara@example.com") == [
                "aroaexample:mara@example.com", "mara@example.com",
            ])
        // CloudTrail's own layout: the session is the access key, the session name the user's name.
        let sso = Event.Actor(
            kind: .user, id: "AROAEFYIBL2CDOQIQXXR:Mara.Okafor@groundwork.example",
            name: "mara.okafor@groundwork.example", session: "ASIAKUDWVDJORVLMKFHW",
            viaRole: "arn:aws:sts::940103831402:assumed-role/AWSReservedSSO_BillingAccess_854d97b610aa6625/mara")
        #expect(
            LogStore.indexedActorTerms(sso) == [
                "mara.okafor@groundwork.example", "asiakudwvdjorvlmkfhw",
                "awsreservedsso_billingaccess_854d97b610aa6625",
                "billingaccess",
            ])
        #expect(LogStore.actorTermHashes(sso) == LogStore.indexedActorTerms(sso).map(LogStore.termHash))
        // An IAM user's id has no session in it: it stays.
        let user = Event.Actor(kind: .user, id: "AIDAEXAMPLE", name: "jonas", session: "AKIAEXAMPLE")
        #expect(LogStore.indexedActorTerms(user) == LogStore.actorTerms(user))
    }

    /// Stores written before the index left terms out hold both a principal id and its session:
    /// a query by the id reads both and must still deliver each record once, newest first.
    @Test func aRecordIndexedUnderTwoProbeTermsIsDeliveredOnce() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        try store.append(Fixtures.events(0..<6) + Fixtures.events(6..<9, user: "bob"))
        try store.connection.execute(
            "INSERT INTO actor_terms (term, time_ms, seq) SELECT ?, time_ms, seq FROM records WHERE seq < 6",
            [.integer(LogStore.termHash("aroaadmin:alice"))])
        let found = try store.events(EventQuery(actor: "AROAADMIN:alice"))
        #expect(found.map(\.sequence) == [5, 4, 3, 2, 1, 0])
        #expect(try store.events(EventQuery(actor: "AROAADMIN:alice", limit: 2)).map(\.sequence) == [5, 4])
    }

    @Test func theRealDataHasActorsToCompare() {
        #expect(Self.realActors.count > 300)
        #expect(Self.realActors.contains { $0.viaRole != nil })
    }

    @Test(arguments: realActors)
    func termHashesOfRealActorsMatchTheStringTerms(actor: Event.Actor) {
        #expect(LogStore.actorTermHashes(actor) == LogStore.indexedActorTerms(actor).map(LogStore.termHash))
        Self.expectEveryTermFindable(actor)
    }

    @Test(arguments: [
        Event.Actor(kind: .unknown),
        Event.Actor(kind: .user, id: "", name: "", email: "", session: "", viaRole: ""),
        Event.Actor(kind: .user, id: "Alice", name: "alice", email: "ALICE", session: "aLiCe", viaRole: nil),
        Event.Actor(
            kind: .user, id: "AROA:Mara@Example.com", name: "mara@example.com", email: "Mara@Example.com",
            session: "ASIA", viaRole: "arn:aws:sts::1:assumed-role/AWSReservedSSO_ReadOnly_0a1b/mara@example.com"),
        Event.Actor(kind: .user, id: "ReadOnly", viaRole: "arn:aws:iam::1:role/AWSReservedSSO_ReadOnly_0a1b"),
        Event.Actor(kind: .user, viaRole: "arn:aws:iam::1:role/AWSReservedSSO_"),
        Event.Actor(kind: .user, viaRole: "arn:aws:iam::1:role/AWSReservedSSO__"),
        Event.Actor(kind: .user, viaRole: "arn:aws:iam::1:role/AWSReservedSSO_NoSuffix"),
        Event.Actor(kind: .user, viaRole: "arn:aws:iam::1:role/awsreservedsso_Lower_1"),
        Event.Actor(kind: .role, id: "Admin", viaRole: "arn:aws:sts::1:assumed-role/ADMIN/s"),
        Event.Actor(kind: .role, viaRole: "Admin"),
        Event.Actor(kind: .role, name: "a/", viaRole: "//"),
        Event.Actor(kind: .role, viaRole: "arn:aws:sts::1:assumed-role/"),
        Event.Actor(kind: .user, id: "ÉLISE", name: "élise", email: "Élise@example.com"),
        Event.Actor(kind: .user, id: "x", viaRole: "arn:aws:iam::1:role/AWSReservedSSO_Équipe_1"),
        Event.Actor(kind: .user, id: "STRASSE", name: "straße"),
        Event.Actor(kind: .user, id: "e\u{301}", name: "\u{e9}"),
        Event.Actor(kind: .role, id: "AROAX:Élise", name: "élise", session: "ASIA1"),
        Event.Actor(kind: .role, id: "AROAX:", name: "", session: ""),
        Event.Actor(kind: .role, id: ":", session: ":"),
        Event.Actor(kind: .role, id: "A:B:c", name: "b:C", email: "c"),
        Event.Actor(kind: .role, id: "AROAX:bob", name: "alice", email: "BOB", viaRole: "arn:aws:iam::1:role/p/Ops"),
    ])
    func termHashesOfEdgeCasesMatchTheStringTerms(actor: Event.Actor) {
        #expect(LogStore.actorTermHashes(actor) == LogStore.indexedActorTerms(actor).map(LogStore.termHash))
        Self.expectEveryTermFindable(actor)
    }

    @Test(arguments: [
        [Event.Target(type: "user", id: "bob")],
        [Event.Target(type: "bucket", id: "logs"), Event.Target(type: "key", id: "a/b/c.json")],
        [Event.Target(type: "quote", id: #"say "hi"\now"#), Event.Target(type: "ctl", id: "tab\there")],
        [Event.Target(type: "unicode", id: "résumé ✓")],
    ])
    func targetsReadBackAsWritten(targets: [Event.Target]) throws {
        let text = try #require(TargetCoding.encode(targets))
        #expect(TargetCoding.decode(text) == targets)
        // The result matches what a general JSON reader makes of the same text.
        let general = try JSONDecoder().decode([Event.Target].self, from: Data(text.utf8))
        #expect(general == targets)
    }

    @Test func unexpectedTargetTextFallsBackToTheGeneralDecoder() {
        #expect(TargetCoding.decodeOwnEncoding(#"[{"id":"x","type":"user"}]"#) == nil)
        #expect(TargetCoding.decode(#"[{"id":"x","type":"user"}]"#) == [Event.Target(type: "user", id: "x")])
        #expect(TargetCoding.decode("not json").isEmpty)
        #expect(TargetCoding.decode(nil).isEmpty)
    }

    @Test func transactionsStartWithOneFileAndGrowWithWhatTheRunCommitted() {
        var batch = IngestBatch()
        #expect(!batch.isFull(committedThisRun: 0))
        batch.add(name: "a", digest: [1], newRecords: 60, duplicates: 0)
        #expect(batch.isFull(committedThisRun: 0))
        #expect(batch.contains([1]))
        #expect(batch.committed().map(\.name) == ["a"])
        #expect(!batch.contains([1]))
        batch.add(name: "b", digest: [2], newRecords: 50, duplicates: 0)
        #expect(!batch.isFull(committedThisRun: 60))
        batch.add(name: "c", digest: [3], newRecords: 5, duplicates: 5)
        #expect(batch.isFull(committedThisRun: 60))
        var large = IngestBatch()
        large.add(name: "big", digest: [4], newRecords: IngestBatch.maximumRecords, duplicates: 0)
        #expect(large.isFull(committedThisRun: 10_000_000))
    }

    @Test func aDirectoryGoesInWithFewerCheckpointsThanFilesAndVerifies() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let summary = try store.ingest(IngestTests.stratus)
        #expect(summary.rejected.isEmpty)
        #expect(summary.filesIngested > 4)
        let connection = try Connection(path: temp.location.databaseFile.path, mode: .readOnly)
        guard case .integer(let checkpoints) = try connection.scalar("SELECT count(*) FROM checkpoints"),
            case .integer(let files) = try connection.scalar("SELECT count(*) FROM files WHERE records > 0"),
            case .integer(let recorded) = try connection.scalar("SELECT sum(new_records) FROM files")
        else {
            Issue.record("cannot read the store's tables")
            return
        }
        #expect(Int(files) == summary.filesIngested)
        #expect(Int(recorded) == summary.newRecords)
        #expect(checkpoints < files)
        #expect(checkpoints >= 2)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordsHashed == summary.newRecords)
    }

    /// A bulk load's index rebuild sorts with a small cache and two threads, then puts the
    /// connection's usual settings back; every query index exists again and answers.
    @Test func rebuildingTheIndexesRestoresThemAndTheConnectionsSettings() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        try store.dropSecondaryIndexes()
        try store.append(Fixtures.events(0..<30) + Fixtures.events(30..<50, user: "bob"))
        func indexes() throws -> Set<String> {
            var names: Set<String> = []
            try store.connection.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").forEachRow { row in
                if let name = row.string(at: 0) { names.insert(name) }
            }
            return names
        }
        #expect(try indexes().isDisjoint(with: Schema.secondaryIndexNames))
        try store.rebuildIndexes()
        #expect(try indexes().isSuperset(of: Schema.secondaryIndexNames))
        #expect(try store.connection.scalar("PRAGMA cache_size") == .integer(-Int64(LogStore.cacheKiB)))
        #expect(try store.connection.scalar("PRAGMA threads") == .integer(0))
        let bob = try store.events(EventQuery(actor: "bob"))
        #expect(bob.count == 20)
    }

    @Test func aNewStoreHasSixteenKibibytePages() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        try store.append(Fixtures.events(0..<3))
        let connection = try Connection(path: temp.location.databaseFile.path, mode: .readOnly)
        #expect(try connection.scalar("PRAGMA page_size") == .integer(Int64(LogStore.pageSize)))
        #expect(LogStore.pageSize == 16_384)
    }

    /// A store created with smaller pages (by an earlier version) keeps them, and still appends
    /// and verifies: WAL mode fixes the page size of an existing file.
    @Test func aStoreWithSmallerPagesKeepsThemAndVerifies() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        try FileManager.default.createDirectory(
            at: temp.location.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            let existing = try Connection(path: temp.location.databaseFile.path, mode: .readWriteCreate)
            try existing.execute("PRAGMA page_size=8192")
            _ = try existing.enableWriteAheadLog()
            try existing.execute("CREATE TABLE placeholder (x); DROP TABLE placeholder")
        }
        let store = try temp.open()
        try store.append(Fixtures.events(0..<40))
        try store.append(Fixtures.events(40..<80, user: "bob"))
        let connection = try Connection(path: temp.location.databaseFile.path, mode: .readOnly)
        #expect(try connection.scalar("PRAGMA page_size") == .integer(8192))
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.recordsHashed == 80)
    }
}
