public import AWS
public import Compliance
import Digest
import Foundation
import Synchronization

/// Keeps every successful API answer an audit receives, byte for byte, as evidence.
///
/// It sits in the client's transport (`transport(wrapping:)`), so what it saves is exactly what
/// AWS sent, before any decoding: an auditor can hash the file and trust that the verdict rested
/// on it. Code that wants to cite what it read wraps the reads in `capture(_:)`, which returns
/// the ids of the answers received inside it (child tasks included).
///
/// Never saved: `sts:AssumeRole` answers (they carry temporary secrets) and error answers. The
/// account an answer belongs to is the account whose credentials signed the request, learnt from
/// `GetCallerIdentity` and from the `AssumeRole` answers passing through.
public final class EvidenceRecorder: Sendable {
    struct State {
        var items: [String: EvidenceItem] = [:]
        var order: [String] = []
        /// Access key id → account id, from AssumeRole answers.
        var accountByKey: [String: String] = [:]
        var baseAccount: String?
    }

    private let state = Mutex(State())

    /// Collects the ids recorded inside one `capture(_:)`.
    final class Collector: Sendable {
        let ids = Mutex<[String]>([])
        func add(_ id: String) { ids.withLock { $0.append(id) } }
    }

    @TaskLocal static var collector: Collector?

    public init() {}

    /// Every answer recorded so far, in arrival order.
    public var items: [EvidenceItem] {
        state.withLock { state in state.order.compactMap { state.items[$0] } }
    }

    /// The account the unassumed credentials belong to (from `sts:GetCallerIdentity`).
    public func setBaseAccount(_ account: String) { state.withLock { $0.baseAccount = account } }

    /// Runs `body` and returns the ids of the evidence recorded while it ran, in arrival order,
    /// without duplicates.
    public func capture<T>(_ body: () async throws -> T) async rethrows -> (T, [String]) {
        let collector = Collector()
        let value = try await Self.$collector.withValue(collector) { try await body() }
        var seen = Set<String>()
        let ids = collector.ids.withLock { $0 }.filter { seen.insert($0).inserted }
        return (value, ids)
    }

    /// A transport that records through this recorder and sends with `inner`.
    public func transport(wrapping inner: any HTTPTransport) -> any HTTPTransport {
        RecordingTransport(inner: inner, recorder: self)
    }

    /// Records one exchange; called by the transport.
    func record(_ request: HTTPRequest, _ response: HTTPResponse) {
        guard response.isSuccess, let scope = Self.credentialScope(request) else { return }
        let operation = Self.operationName(request)
        if scope.service == "sts" && operation == "AssumeRole" {
            learnAssumedAccount(from: response.body)
            return
        }
        let id: String = state.withLock { state in
            let account = state.accountByKey[scope.accessKey] ?? state.baseAccount ?? "caller"
            var digest = Data(request.method.utf8)
            digest.append(Data(request.url.absoluteString.utf8))
            digest.append(request.body)
            let part = String(Hex.encode(SHA256.hash(digest)).prefix(12))
            let id = EvidenceItem.id(
                service: scope.service, operation: operation, account: account, region: scope.region, part: part,
                extension: Self.fileExtension(response))
            if state.items[id] == nil {
                state.order.append(id)
                state.items[id] = EvidenceItem(
                    id: id, source: "\(scope.service):\(operation) (account \(account), \(scope.region))",
                    mediaType: Self.mediaType(response), content: response.body)
            }
            return id
        }
        Self.collector?.add(id)
    }

    private func learnAssumedAccount(from body: Data) {
        guard let tree = try? XMLTree(parsing: body), let result = tree["AssumeRoleResult"],
            let key = result["Credentials"]?["AccessKeyId"]?.text,
            let arn = result["AssumedRoleUser"]?["Arn"]?.text
        else { return }
        let fields = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count > 4 else { return }
        let account = String(fields[4])
        state.withLock { $0.accountByKey[key] = account }
    }

    struct Scope {
        var accessKey: String
        var region: String
        var service: String
    }

    /// `Credential=AKID/20260101/eu-central-1/s3/aws4_request` from the Authorization header.
    static func credentialScope(_ request: HTTPRequest) -> Scope? {
        guard let authorization = request.header("Authorization"),
            let range = authorization.range(of: "Credential=")
        else { return nil }
        let credential = authorization[range.upperBound...].prefix { $0 != "," && $0 != " " }
        let parts = credential.split(separator: "/").map(String.init)
        guard parts.count >= 5 else { return nil }
        return Scope(accessKey: parts[0], region: parts[2], service: parts[3])
    }

    /// The API action: from `X-Amz-Target` (JSON), `Action=` (Query), or the S3 sub-resource.
    static func operationName(_ request: HTTPRequest) -> String {
        if let target = request.header("X-Amz-Target"), let name = target.split(separator: ".").last {
            return String(name)
        }
        let form = String(decoding: request.body, as: UTF8.self)
        for pair in form.split(separator: "&") where pair.hasPrefix("Action=") {
            return String(pair.dropFirst("Action=".count))
        }
        let query = request.url.query ?? ""
        let subresource = query.split(separator: "&").first.map { String($0.prefix { $0 != "=" }) } ?? ""
        let names = [
            "versioning": "GetBucketVersioning", "object-lock": "GetObjectLockConfiguration",
            "publicAccessBlock": "GetPublicAccessBlock", "encryption": "GetBucketEncryption",
            "policy": "GetBucketPolicy", "lifecycle": "GetBucketLifecycleConfiguration",
        ]
        if request.method == "GET", let name = names[subresource] { return name }
        if request.method == "GET" && (request.url.path.isEmpty || request.url.path == "/") { return "ListBuckets" }
        return request.method
    }

    static func mediaType(_ response: HTTPResponse) -> String {
        let type = response.header("Content-Type") ?? ""
        if type.contains("xml") { return "application/xml" }
        if type.contains("json") { return "application/json" }
        // Emulators (and some AWS answers) label JSON and XML loosely; the first byte decides.
        switch response.body.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return "application/json"
        case UInt8(ascii: "<"): return "application/xml"
        default: return type.isEmpty ? "application/octet-stream" : String(type.prefix { $0 != ";" })
        }
    }

    static func fileExtension(_ response: HTTPResponse) -> String {
        switch mediaType(response) {
        case "application/xml": "xml"
        case "application/json": "json"
        default: "txt"
        }
    }
}

/// The transport half of `EvidenceRecorder`.
struct RecordingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let recorder: EvidenceRecorder

    func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        let response = try await inner.send(request, timeout: timeout)
        recorder.record(request, response)
        return response
    }
}
