import AuditLog
import Foundation
import LogStore
import Support

/// A store in a fresh temporary directory, removed by `cleanUp()`.
struct TemporaryStore {
    let root: URL
    let location: StoreLocation

    init(keyOutside: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("logstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let directory = root.appendingPathComponent("store")
        location = StoreLocation(
            directory: directory, keyFile: keyOutside ? root.appendingPathComponent("keys/signing.key") : nil)
    }

    func open(at date: Date = Fixtures.now) throws -> LogStore {
        try LogStore.open(location, clock: .constant(date))
    }

    func verify(external: [SignedNote] = [], trustedKey: NoteVerifierKey? = nil) throws -> VerificationReport {
        try LogStore.verify(location, external: external, trustedKey: trustedKey)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    /// A CloudTrail-like event with its raw JSON; `index` makes it unique.
    static func event(
        _ index: Int,
        user: String = "alice",
        action: String = "iam:CreateUser",
        account: String = "111111111111",
        daysAgo: Double = 1,
        eventID: String? = nil,
        source: Event.SourceKind = .awsCloudTrail
    ) -> Event {
        let time = now.addingTimeInterval(-daysAgo * 86_400 + Double(index))
        let id = eventID ?? "evt-\(index)"
        let raw =
            #"{"eventID":"\#(id)","eventName":"\#(action)","userIdentity":{"userName":"\#(user)"},"recipientAccountId":"\#(account)","n":\#(index)}"#
        return Event(
            source: source,
            sourceEventID: id,
            time: time,
            account: account,
            region: "us-east-1",
            actor: .init(
                kind: .user, id: "AIDA\(user.uppercased())", name: user, email: "\(user)@example.com",
                session: "ASIA-\(user)", viaRole: "arn:aws:sts::\(account):assumed-role/Admin/\(user)"),
            action: action,
            targets: [.init(type: "user", id: "target-\(index)")],
            outcome: .success,
            sourceIP: "198.51.100.7",
            userAgent: "aws-cli/2",
            raw: Data(raw.utf8)
        )
    }

    static func events(_ range: Range<Int>, user: String = "alice", daysAgo: Double = 1) -> [Event] {
        range.map { event($0, user: user, daysAgo: daysAgo) }
    }
}
