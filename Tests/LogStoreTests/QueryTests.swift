import AuditLog
import Foundation
import LogStore
import Testing

@Suite struct QueryTests {
    private func makeStore() throws -> (TemporaryStore, LogStore) {
        let temp = try TemporaryStore()
        let store = try temp.open()
        try store.append([
            Fixtures.event(0, user: "alice", action: "iam:CreateUser", account: "111111111111", daysAgo: 3),
            Fixtures.event(1, user: "bob", action: "cloudtrail:StopLogging", account: "222222222222", daysAgo: 2),
            Fixtures.event(2, user: "alice", action: "cloudtrail:StopLogging", account: "222222222222", daysAgo: 1),
            Fixtures.event(
                3, user: "carol", action: "user.session.start", account: "example.okta.com", daysAgo: 0.5, source: .okta
            ),
        ])
        return (temp, store)
    }

    @Test(arguments: [
        ("alice", [2, 0]), ("ALICE", [2, 0]), ("carol@example.com", [3]), ("AROAADMIN:alice", [2, 0]), ("ASIA-bob", [1]),
        ("arn:aws:iam::222222222222:role/Admin", [2, 1]), ("bob", [1]), ("00ucarol", [3]), ("nobody", []),
    ])
    func actorMatchesNameEmailIdSessionOrRole(actor: String, expected: [UInt64]) throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        #expect(try store.events(EventQuery(actor: actor)).map(\.sequence) == expected)
    }

    @Test func roleShortNameMatchesEveryoneWhoCameThroughIt() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        #expect(try store.events(EventQuery(actor: "admin")).map(\.sequence) == [2, 1, 0])
    }

    @Test func filtersCombineAndResultsAreNewestFirst() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        #expect(try store.events(EventQuery()).map(\.sequence) == [3, 2, 1, 0])
        #expect(try store.events(EventQuery(action: "cloudtrail:StopLogging")).map(\.sequence) == [2, 1])
        #expect(try store.events(EventQuery(action: "StopLogging")).map(\.sequence) == [2, 1])
        #expect(try store.events(EventQuery(action: "Stop")).map(\.sequence) == [])
        #expect(try store.events(EventQuery(account: "222222222222")).map(\.sequence) == [2, 1])
        #expect(try store.events(EventQuery(source: .okta)).map(\.sequence) == [3])
        #expect(try store.events(EventQuery(actor: "alice", action: "StopLogging")).map(\.sequence) == [2])
        let since = Fixtures.now.addingTimeInterval(-2.5 * 86_400)
        let until = Fixtures.now.addingTimeInterval(-0.75 * 86_400)
        #expect(try store.events(EventQuery(since: since, until: until)).map(\.sequence) == [2, 1])
        #expect(try store.events(EventQuery(actor: "alice", since: since)).map(\.sequence) == [2])
        #expect(try store.events(EventQuery(limit: 2)).map(\.sequence) == [3, 2])
        #expect(try store.events(EventQuery(actor: "alice", limit: 1)).map(\.sequence) == [2])
    }

    @Test func streamingStopsWhenTheCallbackSaysSo() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        var seen: [UInt64] = []
        try store.query(EventQuery()) { stored in
            seen.append(stored.sequence)
            return seen.count < 2
        }
        #expect(seen == [3, 2])
    }

    @Test func queryReturnsTheVerbatimRecordAndNormalizedFields() throws {
        let (temp, store) = try makeStore()
        defer { temp.cleanUp() }
        let stored = try #require(try store.events(EventQuery(actor: "carol")).first)
        let original = Fixtures.event(
            3, user: "carol", action: "user.session.start", account: "example.okta.com", daysAgo: 0.5, source: .okta)
        #expect(stored.event == original)
        #expect(stored.event.actor.email == "carol@example.com")
        #expect(stored.event.targets == [Event.Target(type: "User", id: "target-3")])
        #expect(stored.event.source == .okta)
    }
}
