import AWS
import AWSSigner
@testable import AWSOrganization
import Foundation
import OrgModel
import Support
import Synchronization
import Testing

/// Finding the account that owns the trail's bucket: likeliest accounts first, and no more
/// `s3:ListBuckets` calls than it takes.
struct AuditReaderTests {
    static let management = "100000000000"

    /// An in-memory AWS in which `sts:AssumeRole` answers an access key naming the account, and
    /// `s3:ListBuckets` lists the buckets of the account whose key signed it.
    final class Buckets: HTTPTransport {
        let owned: [String: [String]]
        private let asked = Mutex<[String]>([])

        init(owned: [String: [String]]) { self.owned = owned }

        /// The accounts `s3:ListBuckets` was called in, in order.
        var listed: [String] { asked.withLock { $0 } }

        func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
            let form = String(decoding: request.body, as: UTF8.self)
            if form.contains("Action=AssumeRole") {
                let account = form.firstMatch(of: /iam(?:%3A|:)(?:%3A|:)(\d{12})/).map { String($0.1) } ?? "unknown"
                let xml = """
                    <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIA\(account)</AccessKeyId>\
                    <SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>\
                    <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>\
                    <AssumedRoleUser><AssumedRoleId>AROA:groundwork</AssumedRoleId>\
                    <Arn>arn:aws:sts::\(account):assumed-role/OrganizationAccountAccessRole/groundwork</Arn></AssumedRoleUser>\
                    </AssumeRoleResult></AssumeRoleResponse>
                    """
                return HTTPResponse(statusCode: 200, headers: ["content-type": "text/xml"], body: Data(xml.utf8))
            }
            let authorization = request.headers.first { $0.name.lowercased() == "authorization" }?.value ?? ""
            let key = authorization.firstMatch(of: /Credential=([A-Z0-9]+)\//).map { String($0.1) } ?? ""
            let account = key.hasPrefix("ASIA") ? String(key.dropFirst(4)) : AuditReaderTests.management
            asked.withLock { $0.append(account) }
            let names = (owned[account] ?? []).map { "<Bucket><Name>\($0)</Name></Bucket>" }.joined()
            let xml = "<ListAllMyBucketsResult><Buckets>\(names)</Buckets></ListAllMyBucketsResult>"
            return HTTPResponse(statusCode: 200, headers: ["content-type": "application/xml"], body: Data(xml.utf8))
        }
    }

    /// The management account and `members` member accounts named `acct-<i>`, plus `extra`.
    static func snapshot(members: Int, extra: [AWSSnapshot.LiveAccount] = []) -> AWSSnapshot {
        let accounts =
            [AWSSnapshot.LiveAccount(id: management, name: "management", email: "m@x", status: "ACTIVE", parentID: "r-root", unitPath: nil)]
            + (1...members).map { index in
                AWSSnapshot.LiveAccount(
                    id: String(format: "2%011d", index), name: "acct-\(index)", email: "\(index)@x", status: "ACTIVE",
                    parentID: "ou-wl", unitPath: "Workloads")
            } + extra
        return AWSSnapshot(
            organization: Organization(settings: OrganizationSettings(name: "acme", homeRegion: "eu-central-1")),
            organizationID: "o-1", managementAccountID: management, managementAccountEmail: nil, rootID: "r-root",
            enabledPolicyTypes: [], units: [], accounts: accounts, policies: [], delegatedAdministrators: [],
            trustedServices: [], identityCenter: nil, trails: [], archiveBucket: nil)
    }

    static func owner(of bucket: String, in snapshot: AWSSnapshot, aws: Buckets) async -> String? {
        let client = AWSClient(
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret")),
            region: "eu-central-1", runtime: AWSClient.Runtime(transport: aws, retryPolicy: .none, sleeper: .immediate))
        let reader = AuditReader(client: client, recorder: EvidenceRecorder(), homeRegion: "eu-central-1", parallelism: 8)
        var clients: [String: AuditReader.Session] = [:]
        for account in snapshot.accounts { clients[account.id] = await reader.session(in: account.id, snapshot: snapshot) }
        return await reader.findBucketOwner(bucket, snapshot: snapshot, clients: clients)
    }

    @Test func aBucketInTheManagementAccountIsFoundInTheFirstWaveNotByAskingEveryAccount() async {
        let snapshot = Self.snapshot(members: 100)
        let aws = Buckets(owned: [Self.management: ["trail-bucket"]])
        let owner = await Self.owner(of: "trail-bucket", in: snapshot, aws: aws)
        #expect(owner == Self.management)
        #expect(aws.listed.count <= 8)
        #expect(aws.listed.contains(Self.management))
    }

    @Test func aBucketInTheLastAccountIsStillFound() async {
        let snapshot = Self.snapshot(members: 30)
        let last = snapshot.accounts[30].id
        let aws = Buckets(owned: [last: ["other", "trail-bucket"]])
        #expect(await Self.owner(of: "trail-bucket", in: snapshot, aws: aws) == last)
        #expect(Set(aws.listed).count == aws.listed.count)
    }

    @Test func aBucketNowhereAsksEveryAccountOnceAndFindsNoOwner() async {
        let snapshot = Self.snapshot(members: 20)
        let aws = Buckets(owned: [:])
        #expect(await Self.owner(of: "trail-bucket", in: snapshot, aws: aws) == nil)
        #expect(aws.listed.sorted() == snapshot.accounts.map(\.id).sorted())
    }

    @Test func logAndSecurityAccountsAreAskedFirstThenTheManagementAccount() {
        let archive = AWSSnapshot.LiveAccount(
            id: "300000000000", name: "log-archive", email: "l@x", status: "ACTIVE", parentID: "ou-sec", unitPath: "Security")
        let tooling = AWSSnapshot.LiveAccount(
            id: "400000000000", name: "tooling", email: "t@x", status: "ACTIVE", parentID: "ou-sec", unitPath: "Security")
        let snapshot = Self.snapshot(members: 3, extra: [archive, tooling])
        let order = AuditReader.ownerSearchOrder(snapshot.accounts, snapshot: snapshot).map(\.id)
        #expect(Array(order.prefix(3)) == [archive.id, tooling.id, Self.management])
        #expect(order.count == snapshot.accounts.count)
    }
}
