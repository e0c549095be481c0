import AWSOrganization
import OrgModel
import Testing

@Suite struct RevocationPolicyTests {
    static let alice = Person(key: "alice", email: "alice@example.com")
    static let bob = Person(key: "bob", email: "bob@example.com")

    @Test func emptyPolicyIsAValidDenyThatMatchesOnlyThePlaceholder() throws {
        let policy = RevocationPolicy()
        let documents = try policy.documents()
        #expect(documents.count == 1)
        let statement = try #require(documents[0].statements.first)
        #expect(statement.effect == .deny)
        #expect(statement.actionList == ["*"])
        #expect(statement.principal == nil)
        #expect(statement.condition.values(.stringLike, "aws:userid") == [RevocationPolicy.placeholder])
        // No aws:userid (role session "ID:name", federated "account:name", user id, account id) lacks a colon
        // and is lower-case with hyphens, so the placeholder matches nobody.
        #expect(!RevocationPolicy.placeholder.contains(":"))
        #expect(RevocationPolicy.placeholder.contains { $0.isLowercase })
    }

    @Test func revokingAPersonDeniesTheirUserNameAndEmailSessions() throws {
        var policy = RevocationPolicy()
        try policy.revoke(Self.bob)
        try policy.revoke(Self.alice)
        #expect(policy.sessionNames == ["alice", "alice@example.com", "bob", "bob@example.com"])
        #expect(
            policy.statement.condition.values(.stringLike, "aws:userid") == [
                "*:alice", "*:alice@example.com", "*:bob", "*:bob@example.com",
            ])
        #expect(policy.isRevoked(Self.alice))
    }

    @Test func revokingTwiceChangesNothing() throws {
        var once = RevocationPolicy()
        try once.revoke(Self.alice)
        var twice = once
        try twice.revoke(Self.alice)
        #expect(once == twice)
    }

    @Test func restoringRemovesOnlyThatPerson() throws {
        var policy = RevocationPolicy()
        try policy.revoke(Self.alice)
        try policy.revoke(Self.bob)
        policy.restore(Self.alice)
        #expect(policy.sessionNames == ["bob", "bob@example.com"])
        #expect(!policy.isRevoked(Self.alice))
        policy.restore(Self.bob)
        #expect(policy.statement.condition.values(.stringLike, "aws:userid") == [RevocationPolicy.placeholder])
    }

    @Test func roundTripsThroughLiveDocuments() throws {
        var policy = RevocationPolicy()
        try policy.revoke(Self.alice)
        let live = try policy.documents().map { try PolicyDocument(json: $0.minifiedJSON) }
        #expect(try RevocationPolicy(documents: live) == policy)
        #expect(try RevocationPolicy(documents: RevocationPolicy().documents()) == RevocationPolicy())
    }

    @Test func manyPeopleSplitAcrossDocumentsWithinTheLimit() throws {
        var policy = RevocationPolicy()
        let people = (0..<150).map { Person(key: "person\($0)", email: "person.number.\($0)@example.com") }
        for person in people { try policy.revoke(person) }
        let documents = try policy.documents()
        #expect(documents.count > 1)
        #expect(documents.allSatisfy { $0.byteCount <= 5_120 })
        let listed = documents.flatMap(\.statements).flatMap { $0.condition.values(.stringLike, "aws:userid") ?? [] }
        #expect(listed.count == 300)
        #expect(try RevocationPolicy(documents: documents) == policy)
    }

    @Test func wildcardOrOverlongNamesAreLeftOutOrRefused() throws {
        var policy = RevocationPolicy()
        try policy.revoke(Person(key: "carol", email: String(repeating: "c", count: 70) + "@example.com"))
        #expect(policy.sessionNames == ["carol"])
        #expect(throws: PolicyError.self) { try policy.revoke(Person(key: "d*", email: "x")) }
        #expect(throws: PolicyError.self) { try RevocationPolicy(sessionNames: ["*"]) }
    }
}
