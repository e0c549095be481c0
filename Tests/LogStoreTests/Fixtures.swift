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

    /// A real-shaped record of `source` and the event the parser makes of it; `index` makes it
    /// unique. The store keeps records verbatim and normalizes them again when read, so fixtures
    /// must be what the parser would produce, not hand-built events.
    ///
    /// CloudTrail: `user` comes through the role `Admin` in `account` (session `user`, access key
    /// `ASIA-<user>`, principal `AROAADMIN:<user>`). Okta: `user` signs in as `<user>@example.com`.
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
        let stamp = time.formatted(.iso8601)
        let id = eventID ?? "evt-\(index)"
        let raw: String
        switch source {
        case .okta:
            raw =
                #"{"uuid":"\#(id)","published":"\#(stamp)","eventType":"\#(action)","actor":{"id":"00u\#(user)","type":"User","alternateId":"\#(user)@example.com","displayName":"\#(user)"},"client":{"ipAddress":"198.51.100.7","userAgent":{"rawUserAgent":"okta-test/1"}},"outcome":{"result":"SUCCESS"},"target":[{"id":"target-\#(index)","type":"User"}],"n":\#(index)}"#
        default:
            let parts = action.split(separator: ":", maxSplits: 1)
            let service = parts.count == 2 ? "\(parts[0]).amazonaws.com" : "iam.amazonaws.com"
            let name = parts.last.map(String.init) ?? action
            raw =
                #"{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROAADMIN:\#(user)","arn":"arn:aws:sts::\#(account):assumed-role/Admin/\#(user)","accountId":"\#(account)","accessKeyId":"ASIA-\#(user)","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAADMIN","arn":"arn:aws:iam::\#(account):role/Admin","accountId":"\#(account)","userName":"Admin"}}},"eventTime":"\#(stamp)","eventSource":"\#(service)","eventName":"\#(name)","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2","requestParameters":{"userName":"target-\#(index)"},"eventID":"\#(id)","recipientAccountId":"\#(account)","n":\#(index)}"#
        }
        do {
            return try LogFileParser.event(fromRecord: Array(raw.utf8), source: source)
        } catch {
            preconditionFailure("fixture record \(index) does not parse: \(error)")
        }
    }

    static func events(_ range: Range<Int>, user: String = "alice", daysAgo: Double = 1) -> [Event] {
        range.map { event($0, user: user, daysAgo: daysAgo) }
    }
}
