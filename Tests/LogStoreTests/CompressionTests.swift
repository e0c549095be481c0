import AuditLog
import Foundation
import SQLite
import Testing

@testable import LogStore

/// Schema v2: each source's first records are stored verbatim and sampled, a zstd dictionary is
/// trained from them, and later records are stored compressed with it. Every check reads the
/// store's tables directly, so a write path that silently stopped compressing (or compressed
/// what it should keep verbatim) fails here, and every record must come back byte for byte.
@Suite struct CompressionTests {
    // MARK: Records

    static let users = ["alice", "bob", "carol", "dmitri", "erin"]
    static let actions = [
        "iam:CreateUser", "s3:PutBucketPolicy", "cloudtrail:StopLogging", "ec2:RunInstances", "sts:AssumeRole",
        "kms:Decrypt", "iam:AttachRolePolicy",
    ]
    static let accounts = ["111111111111", "222222222222", "333333333333"]

    /// Real-shaped record `index` of `source`, as the parser makes it (varied actor, action, account).
    static func record(_ index: Int, source: Event.SourceKind = .awsCloudTrail, daysAgo: Double = 1) -> Event {
        let user = users[index % users.count]
        switch source {
        case .github:
            return githubRecord(index, user: user, daysAgo: daysAgo)
        case .okta:
            let action = ["user.session.start", "user.account.update_password", "group.user_membership.add"][index % 3]
            return Fixtures.event(
                index, user: user, action: action, account: "example.okta.com", daysAgo: daysAgo, source: .okta)
        case .awsCloudTrail:
            return Fixtures.event(
                index, user: user, action: actions[index % actions.count], account: accounts[index % accounts.count],
                daysAgo: daysAgo)
        }
    }

    /// A GitHub organization audit-log entry shaped like GitHub's export (see examples/logs/github).
    static func githubRecord(_ index: Int, user: String, daysAgo: Double) -> Event {
        let millis = Int64((Fixtures.now.timeIntervalSince1970 - daysAgo * 86_400 + Double(index)) * 1000)
        let action = ["repo.create", "public_key.create", "protected_branch.policy_override", "org.update_member"][
            index % 4]
        let raw =
            #"{"@timestamp":\#(millis),"_document_id":"gh-doc-\#(index)","action":"\#(action)","actor":"\#(user)-acme","actor_id":\#(1000 + index % 5),"external_identity_nameid":"\#(user)@acme.example","actor_ip":"198.51.100.\#(index % 200)","org":"acme","repo":"acme/service-\#(index % 17)","operation_type":"create","created_at":\#(millis)}"#
        do {
            return try LogFileParser.event(fromRecord: Array(raw.utf8), source: .github)
        } catch {
            preconditionFailure("github record \(index) does not parse: \(error)")
        }
    }

    /// Writes `events` as CloudTrail files of `perFile` records in the S3 tree layout; returns the root.
    static func writeCloudTrailTree(_ events: [Event], perFile: Int, under root: URL) throws -> URL {
        let tree = root.appendingPathComponent("logs")
        let day = tree.appendingPathComponent("AWSLogs/o-example/111111111111/CloudTrail/us-east-1/2025/12/31")
        try FileManager.default.createDirectory(at: day, withIntermediateDirectories: true)
        for (number, start) in stride(from: 0, to: events.count, by: perFile).enumerated() {
            var file = Data(#"{"Records":["#.utf8)
            for (offset, event) in events[start..<min(start + perFile, events.count)].enumerated() {
                if offset > 0 { file.append(contentsOf: Array(",".utf8)) }
                file.append(event.raw)
            }
            file.append(contentsOf: Array("]}".utf8))
            let name = String(format: "111111111111_CloudTrail_us-east-1_20251231T0000Z_%05d.json", number)
            try file.write(to: day.appendingPathComponent(name))
        }
        return tree
    }

    // MARK: Reading the tables

    struct Row: Equatable {
        var seq: Int64
        var dictionary: Int64?
        var stored: Int
    }

    static func rows(_ temp: TemporaryStore) throws -> [Row] {
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        var rows: [Row] = []
        try db.prepare("SELECT seq, dictionary, length(raw) FROM records ORDER BY seq").forEachRow { row in
            rows.append(
                Row(
                    seq: row.int64(at: 0), dictionary: row.isNull(at: 1) ? nil : row.int64(at: 1),
                    stored: Int(row.int64(at: 2))))
        }
        return rows
    }

    static func dictionaries(_ temp: TemporaryStore) throws -> [(id: Int64, source: String)] {
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        var found: [(Int64, String)] = []
        try db.prepare("SELECT id, source FROM dictionaries ORDER BY id").forEachRow { row in
            found.append((row.int64(at: 0), row.string(at: 1) ?? ""))
        }
        return found
    }

    /// An event's identity across sources: its source and the source's own event id.
    static func key(_ event: Event) throws -> String {
        "\(event.source.rawValue)/\(try #require(event.sourceEventID))"
    }

    /// Every event the store returns, keyed by `key`.
    static func storedByID(_ store: LogStore, _ query: EventQuery = EventQuery()) throws -> [String: Event] {
        var found: [String: Event] = [:]
        for stored in try store.events(query) {
            let id = try key(stored.event)
            #expect(found.updateValue(stored.event, forKey: id) == nil, "event \(id) returned twice")
        }
        return found
    }

    static func expectRoundTrip(
        _ store: LogStore, _ expected: [Event], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try storedByID(store)
        #expect(found.count == expected.count, sourceLocation: sourceLocation)
        var mismatches = 0
        for event in expected {
            let id = try key(event)
            if found[id] != event {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record(
                        "event \(id) differs from what the parser produced: \(String(describing: found[id]))",
                        sourceLocation: sourceLocation)
                }
            }
        }
        #expect(mismatches == 0, sourceLocation: sourceLocation)
    }

    // MARK: 1. One run: verbatim first, compressed after the dictionary

    static let runRecords = 6_000
    static let runFileSize = 60

    /// 6,000 CloudTrail records in 100 files: the sampler fills during the run (whose transactions
    /// grow 60, 120, 240, … records) and a dictionary is trained part-way. The reading threads
    /// are up to 64 files ahead, so files they prepared before it existed arrive verbatim: the
    /// writer compresses those (`PreparedBatch.compressingLateRecords`).
    @Test func aRunStoresItsFirstRecordsVerbatimAndLaterOnesCompressed() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let events = (0..<Self.runRecords).map { Self.record($0) }
        let tree = try Self.writeCloudTrailTree(events, perFile: Self.runFileSize, under: temp.root)
        let store = try temp.open()
        let summary = try store.ingest(tree)
        #expect(summary.rejected.isEmpty, "\(summary.rejected)")
        #expect(summary.newRecords == Self.runRecords)

        let dictionaries = try Self.dictionaries(temp)
        #expect(dictionaries.count == 1)
        #expect(dictionaries.first?.source == Event.SourceKind.awsCloudTrail.rawValue)
        let dictionary = try #require(dictionaries.first?.id)

        let rows = try Self.rows(temp)
        #expect(rows.count == Self.runRecords)
        // The sampler needs `target` verbatim records before anything can be compressed.
        #expect(rows.prefix(DictionarySampler.target).allSatisfy { $0.dictionary == nil })
        // The last 20 files come after the dictionary was published.
        let late = rows.suffix(20 * Self.runFileSize)
        #expect(late.allSatisfy { $0.dictionary == dictionary })
        let compressed = rows.filter { $0.dictionary != nil }
        #expect(compressed.allSatisfy { $0.dictionary == dictionary })
        // Compressed rows hold much less than the records they restore to.
        let rawSizes = Dictionary(uniqueKeysWithValues: events.map { ($0.sourceEventID ?? "", $0.raw.count) })
        let bySeq = try store.events(EventQuery()).reduce(into: [Int64: Int]()) {
            $0[Int64($1.sequence)] = rawSizes[$1.event.sourceEventID ?? ""]
        }
        let original = compressed.reduce(0) { $0 + (bySeq[$1.seq] ?? 0) }
        let stored = compressed.reduce(0) { $0 + $1.stored }
        #expect(original > 0 && stored * 4 < original, "compressed \(original) bytes into \(stored)")
        // Verbatim rows are the record itself.
        #expect(rows.filter { $0.dictionary == nil }.allSatisfy { bySeq[$0.seq] == $0.stored })

        try Self.expectRoundTrip(store, events)
        let bob = try store.events(EventQuery(actor: "bob"))
        #expect(bob.count == events.filter { $0.actor.name == "bob" }.count)
        #expect(bob.count == Self.runRecords / Self.users.count)
        let stopLogging = try store.events(EventQuery(action: "StopLogging", account: "333333333333"))
        #expect(
            stopLogging.count
                == events.filter { $0.action == "cloudtrail:StopLogging" && $0.account == "333333333333" }.count)
        #expect(!stopLogging.isEmpty)

        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings.prefix(5))")
        #expect(report.recordsHashed == Self.runRecords)
    }

    // MARK: 2. A later run reuses the dictionary

    /// A store whose CloudTrail dictionary was trained by an earlier run, closed.
    private func storeWithDictionary(_ temp: TemporaryStore, records: Int = 2_100) throws -> [Event] {
        let events = (0..<records).map { Self.record($0, daysAgo: 2) }
        let store = try temp.open()
        try store.append(Array(events.prefix(DictionarySampler.target)))
        try store.append(Array(events.dropFirst(DictionarySampler.target)))
        try store.sync()
        return events
    }

    @Test func aSecondRunUsesTheStoredDictionaryFromItsFirstRecord() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let first = try storeWithDictionary(temp)
        let dictionaries = try Self.dictionaries(temp)
        #expect(dictionaries.count == 1)
        let dictionary = try #require(dictionaries.first?.id)
        let before = try Self.rows(temp)
        #expect(before.prefix(DictionarySampler.target).allSatisfy { $0.dictionary == nil })
        #expect(before.dropFirst(DictionarySampler.target).allSatisfy { $0.dictionary == dictionary })

        // A new run: a fresh open, ingesting files (the reading threads' encoders) and appending.
        let later = (10_000..<12_500).map { Self.record($0) }
        let store = try temp.open()
        let tree = try Self.writeCloudTrailTree(Array(later.prefix(2_400)), perFile: 300, under: temp.root)
        let summary = try store.ingest(tree)
        #expect(summary.newRecords == 2_400)
        try store.append(Array(later.dropFirst(2_400)))

        #expect(try Self.dictionaries(temp).count == 1, "a second dictionary was trained")
        let after = try Self.rows(temp)
        #expect(after.count == first.count + later.count)
        let newRows = after.dropFirst(first.count)
        #expect(newRows.allSatisfy { $0.dictionary == dictionary })
        try Self.expectRoundTrip(store, first + later)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings.prefix(5))")
        #expect(report.recordsHashed == first.count + later.count)
    }

    /// The usual way a store grows: a scheduled ingest every hour or day, each run far smaller
    /// than `DictionarySampler.target`. The runs' verbatim records add up; once the store holds
    /// enough, a dictionary is trained from them and the next records are compressed.
    @Test func smallRunsAddUpToADictionary() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let perRun = 450
        var all: [Event] = []
        for run in 0..<6 {
            let events = (run * perRun..<(run + 1) * perRun).map { Self.record($0) }
            let tree = try Self.writeCloudTrailTree(
                events, perFile: perRun, under: temp.root.appendingPathComponent("run-\(run)"))
            let store = try temp.open()
            #expect(try store.ingest(tree).newRecords == perRun)
            all += events
            // Runs 0-3 bring 1,800 records: not enough. Run 4 makes 2,250 and trains after its commit.
            #expect(try Self.dictionaries(temp).count == (run < 4 ? 0 : 1), "after run \(run)")
        }
        let rows = try Self.rows(temp)
        #expect(rows.prefix(5 * perRun).allSatisfy { $0.dictionary == nil })
        #expect(rows.suffix(perRun).allSatisfy { $0.dictionary != nil })
        try Self.expectRoundTrip(try temp.open(), all)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings.prefix(5))")
    }

    @Test func eachSourceGetsItsOwnDictionaryAndRoundTrips() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        var all: [Event] = []
        // Interleaved sources, in batches, so every source fills its sampler in the same run.
        for batch in 0..<5 {
            var events: [Event] = []
            for source in Event.SourceKind.allCases {
                events += (batch * 500..<(batch + 1) * 500).map { Self.record($0, source: source) }
            }
            try store.append(events)
            all += events
        }
        let dictionaries = try Self.dictionaries(temp)
        #expect(dictionaries.map(\.source).sorted() == Event.SourceKind.allCases.map(\.rawValue).sorted())
        let db = try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
        for (id, source) in dictionaries {
            // Compressed only with its own source's dictionary, and the last batch of each is compressed.
            let foreign = try db.scalar(
                "SELECT count(*) FROM records WHERE dictionary = ? AND source != ?", [.integer(id), .text(source)])
            #expect(foreign == .integer(0))
            let compressed = try db.scalar("SELECT count(*) FROM records WHERE dictionary = ?", [.integer(id)])
            #expect(compressed == .integer(500), "\(source)")
        }
        try Self.expectRoundTrip(store, all)
        for source in Event.SourceKind.allCases {
            let expected = all.filter { $0.source == source }
            #expect(try store.events(EventQuery(source: source)).count == expected.count)
        }
        #expect(try store.events(EventQuery(actor: "carol@acme.example")).count == 500)
        #expect(try store.events(EventQuery(actor: "carol@example.com")).count == 500)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings.prefix(5))")
    }

    /// The shipped sample logs (CloudTrail `.json.gz` in the S3 tree, a GitHub JSON array, Okta
    /// NDJSON): each record comes back exactly as the parser reads it from its file.
    @Test func theSampleLogsOfEverySourceRoundTrip() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let samples = MigrationTests.sampleLogs
        var expected: [Event] = []
        let files = try #require(FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil))
        for case let file as URL in files where [".json", ".json.gz", ".ndjson"].contains(where: file.path.hasSuffix) {
            expected += try LogFileParser().events(inFileAt: file)
        }
        #expect(Set(expected.map(\.source)) == Set(Event.SourceKind.allCases))
        let store = try temp.open()
        #expect(try store.ingest(samples).newRecords == expected.count)
        try Self.expectRoundTrip(store, expected)
        for source in Event.SourceKind.allCases {
            let stored = try store.events(EventQuery(source: source)).map(\.event)
            #expect(Set(stored) == Set(expected.filter { $0.source == source }), "\(source)")
        }
        #expect(try temp.verify().isIntact)
    }

    // MARK: 3. Tampering with compressed records and dictionaries

    /// A closed store: 2,000 verbatim CloudTrail records, then 100 compressed ones.
    private func compressedStore() throws -> (TemporaryStore, compressed: [Int64], dictionary: Int64) {
        let temp = try TemporaryStore()
        _ = try storeWithDictionary(temp)
        let rows = try Self.rows(temp)
        let compressed = rows.filter { $0.dictionary != nil }
        let dictionary = try #require(compressed.first?.dictionary)
        #expect(compressed.count == 100)
        return (temp, compressed.map(\.seq), dictionary)
    }

    private func database(_ temp: TemporaryStore) throws -> Connection {
        try Connection(path: temp.location.databaseFile.path, mode: .readWrite)
    }

    /// Flipping a byte anywhere in a zstd frame either makes it unreadable or restores other
    /// bytes; verify reports the record either way, and a query refuses it instead of showing it.
    @Test(arguments: [0, 4, 7, 20, -8, -1])
    func flippedByteInACompressedRecordIsReported(position: Int) throws {
        let (temp, compressed, _) = try compressedStore()
        defer { temp.cleanUp() }
        let seq = compressed[compressed.count / 2]
        let db = try database(temp)
        guard case .blob(var bytes) = try db.scalar("SELECT raw FROM records WHERE seq = ?", [.integer(seq)]) else {
            Issue.record("raw is not a blob")
            return
        }
        let index = position >= 0 ? position : bytes.count + position
        bytes[bytes.startIndex + index] ^= 0x20
        try db.execute("UPDATE records SET raw = ? WHERE seq = ?", [.blob(bytes), .integer(seq)])

        let report = try temp.verify()
        #expect(report.sequences(of: .modified) == [UInt64(seq)], "\(report.findings)")
        #expect(report.findings.count == 1, "\(report.findings)")
        // Unreadable frames are not hashed; frames that restore to other bytes are.
        let total = compressed.count + DictionarySampler.target
        #expect((total - 1...total).contains(report.recordsHashed))

        let store = try LogStore.open(temp.location, mode: .readOnly)
        let error = #expect(throws: LogStoreError.self) { try store.events(EventQuery()) }
        #expect(error?.code == .damaged)
        #expect(error?.message.contains("record \(seq) cannot be read") == true, "\(String(describing: error))")
        // The records before it are still served.
        let earlier = try store.events(EventQuery(until: Fixtures.now.addingTimeInterval(-2 * 86_400 + Double(seq))))
        #expect(earlier.count == Int(seq))
    }

    /// Damaged dictionary bytes. The header (magic number, id, entropy tables) damages every
    /// record compressed with it; the content only those records that borrowed from the damaged
    /// span — the others still restore to exactly the bytes their leaves were signed over.
    @Test(arguments: ["magic", "id", "tables", "content"])
    func damagedDictionaryIsReportedThroughItsRecords(part: String) throws {
        let (temp, compressed, dictionary) = try compressedStore()
        defer { temp.cleanUp() }
        let db = try database(temp)
        guard
            case .blob(var bytes) = try db.scalar("SELECT bytes FROM dictionaries WHERE id = ?", [.integer(dictionary)])
        else {
            Issue.record("the dictionary is not a blob")
            return
        }
        switch part {
        case "magic": bytes[0] ^= 0xFF
        case "id": bytes[5] ^= 0x55
        case "tables": for index in 8..<40 { bytes[index] ^= 0xA5 }
        default: for index in (bytes.count - 8_192)..<bytes.count { bytes[index] ^= 0x5A }
        }
        try db.execute("UPDATE dictionaries SET bytes = ? WHERE id = ?", [.blob(bytes), .integer(dictionary)])

        let report = try temp.verify()
        let reported = report.sequences(of: .modified)
        #expect(report.findings.allSatisfy { $0.kind == .modified }, "\(report.findings.prefix(3))")
        if part == "content" {
            #expect(!reported.isEmpty)
            #expect(Set(reported).isSubset(of: Set(compressed.map(UInt64.init))))
        } else {
            #expect(reported == compressed.map(UInt64.init), "\(report.findings.prefix(3))")
        }
        try expectQueryRefusesDamage(temp)
    }

    @Test func deletedDictionaryIsReportedThroughEveryRecordThatUsedIt() throws {
        let (temp, compressed, dictionary) = try compressedStore()
        defer { temp.cleanUp() }
        try database(temp).execute("DELETE FROM dictionaries WHERE id = ?", [.integer(dictionary)])
        let report = try temp.verify()
        #expect(report.sequences(of: .modified) == compressed.map(UInt64.init))
        #expect(report.findings.count == compressed.count)
        #expect(report.findings.first?.message.contains("dictionary \(dictionary) is missing") == true)
        #expect(report.recordsHashed == DictionarySampler.target)
        try expectQueryRefusesDamage(temp)
    }

    /// A query over the damaged records throws `LogStoreError(.damaged)` pointing at verify; a
    /// query that reads only verbatim records still answers.
    private func expectQueryRefusesDamage(_ temp: TemporaryStore) throws {
        let store = try LogStore.open(temp.location, mode: .readOnly)
        let error = #expect(throws: LogStoreError.self) { try store.events(EventQuery()) }
        #expect(error?.code == .damaged)
        #expect(error?.message.contains("groundwork logs verify") == true, "\(String(describing: error))")
        // The compressed records are the newest (2 days ago + index): the oldest day holds verbatim ones.
        let verbatim = try store.events(EventQuery(until: Fixtures.now.addingTimeInterval(-2 * 86_400 + 100)))
        #expect(verbatim.count == 100)
    }

    // MARK: 4. Retention

    @Test func pruningCompressedRecordsRemovesTheirContentAndKeepsTheLogVerifiable() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = try temp.open()
        let old = (0..<2_500).map { Self.record($0, daysAgo: 400) }
        let recent = (5_000..<5_200).map { Self.record($0, daysAgo: 1) }
        try store.append(Array(old.prefix(DictionarySampler.target)))
        try store.append(Array(old.dropFirst(DictionarySampler.target)))
        try store.append(recent)
        let dictionary = try #require(try Self.dictionaries(temp).first?.id)
        let before = try Self.rows(temp)
        #expect(before[2_000..<2_500].allSatisfy { $0.dictionary == dictionary })
        #expect(try store.events(EventQuery(actor: "erin")).count == (old.count + recent.count) / Self.users.count)

        let outcome = try store.prune(before: Fixtures.now.addingTimeInterval(-365 * 86_400))
        #expect(outcome.prunedRecords == old.count)
        #expect(outcome.ranges == [0...2_499])

        let db = try database(temp)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM records WHERE seq < 2500 AND (raw IS NOT NULL OR dictionary IS NOT NULL OR account IS NOT NULL OR action IS NOT NULL)"
            ) == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM records") == .integer(2_700))
        #expect(try db.scalar("SELECT count(*) FROM actor_terms WHERE seq < 2500") == .integer(0))
        // The recent records still need the dictionary.
        #expect(try db.scalar("SELECT count(*) FROM dictionaries") == .integer(1))

        let erin = try store.events(EventQuery(actor: "erin"))
        #expect(erin.count == recent.count / Self.users.count)
        #expect(erin.allSatisfy { $0.sequence >= 2_500 })
        try Self.expectRoundTrip(store, recent)
        let report = try temp.verify()
        #expect(report.isIntact, "\(report.findings.prefix(5))")
        #expect(report.recordsHashed == recent.count)
        #expect(report.notes.contains { $0.contains("pruned 2500 record(s)") })
    }
}
