// Requests per second through Groundwork's AWS client: N concurrent callers repeat one operation
// against an endpoint for a fixed time. Usage:
//   AWSBench --endpoint http://127.0.0.1:5000 --concurrency 8 --seconds 5 --operation sts
// Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Prints one JSON line.
import AWS
import AWSSigner
import Foundation
import Synchronization

struct Options {
    var endpoint = "http://127.0.0.1:5000"
    var concurrency = 1
    var seconds = 5.0
    var operation = "sts"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { break }
            switch flag {
            case "--endpoint": endpoint = value
            case "--concurrency": concurrency = Int(value) ?? 1
            case "--seconds": seconds = Double(value) ?? 5
            case "--operation": operation = value
            default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let environment = ProcessInfo.processInfo.environment
let credentials = AWSCredentials(
    accessKeyID: environment["AWS_ACCESS_KEY_ID"] ?? "AKIDBENCH",
    secretAccessKey: environment["AWS_SECRET_ACCESS_KEY"] ?? "bench"
)
guard let endpoint = URL(string: options.endpoint) else { fatalError("bad endpoint") }
/// Answers at once with a canned STS or Organizations body: measures the client without the network.
struct CannedTransport: HTTPTransport {
    func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        if request.header("X-Amz-Target") != nil {
            return HTTPResponse(
                statusCode: 200,
                body: Data(#"{"Organization":{"Id":"o-abc","MasterAccountId":"123456789012","FeatureSet":"ALL"}}"#.utf8)
            )
        }
        return HTTPResponse(
            statusCode: 200,
            body: Data(
                ("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/a</Arn>"
                    + "<UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
                    + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>").utf8
            )
        )
    }
}

let inMemory = ProcessInfo.processInfo.environment["AWSBENCH_IN_MEMORY"] == "1"
let client = AWSClient(
    credentials: StaticCredentialProvider(credentials),
    region: "us-east-1",
    endpoints: .custom(endpoint),
    runtime: AWSClient.Runtime(
        transport: inMemory ? CannedTransport() : URLSessionTransport(),
        retryPolicy: .none,
        limiter: ConcurrencyLimiter(limit: max(options.concurrency, 1))
    )
)

@Sendable func call() async throws {
    switch options.operation {
    case "organizations":
        _ = try await client.send(Organizations.describeOrganization, EmptyInput())
    default:
        _ = try await client.send(STS.getCallerIdentity, EmptyInput())
    }
}

// Warm-up: connections, signing-key cache, and (for organizations) an organization to describe.
if options.operation == "organizations" {
    _ = try? await client.send(Organizations.createOrganization, .init())
}
for _ in 0..<10 { try await call() }

final class Tally: Sendable {
    let state = Mutex((ok: 0, failed: 0))
}
let tally = Tally()
let started = ContinuousClock.now
let deadline = started + .milliseconds(Int(options.seconds * 1000))
await withTaskGroup(of: Void.self) { group in
    for _ in 0..<options.concurrency {
        group.addTask {
            while ContinuousClock.now < deadline {
                do {
                    try await call()
                    tally.state.withLock { $0.ok += 1 }
                } catch {
                    tally.state.withLock { $0.failed += 1 }
                }
            }
        }
    }
}
let elapsed = ContinuousClock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let (ok, failed) = tally.state.withLock { ($0.ok, $0.failed) }
print(
    #"{"client":"groundwork\#(inMemory ? "-in-memory" : "")","concurrency":\#(options.concurrency),"requests":\#(ok),"failed":\#(failed),"seconds":\#(seconds),"rps":\#(Double(ok) / seconds)}"#
)
