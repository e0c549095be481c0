// Signing cost per request, for Benchmarks/signing/run.sh to set beside botocore's signer.
//
// Usage: SigningBenchmark [iterations] [repetitions] [scenario]
// Prints one JSON object: per scenario the median CPU µs per signature (thread CPU time, so a
// busy machine slows the figure less than wall time would) with the signing-key cache
// warm (how the client runs) and cold (a key derived every time, as botocore does), plus the
// signature at a fixed instant so run.sh can check both signers agree.
import AWSSigner
import Foundation

struct Scenario {
    var name: String
    var service: String
    var request: SignableRequest
}

let credentials = AWSCredentials(
    accessKeyID: "ASIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    sessionToken:
        "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENvalueThatIsTypicallyLongAndBase64EncodedXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
)

func url(_ text: String) -> URL {
    guard let url = URL(string: text) else { fatalError("bad benchmark URL \(text)") }
    return url
}

let scenarios = [
    Scenario(
        name: "json_post",
        service: "organizations",
        request: SignableRequest(
            method: "POST",
            url: url("https://organizations.us-east-1.amazonaws.com/"),
            headers: [
                ("Content-Type", "application/x-amz-json-1.1"),
                ("X-Amz-Target", "AWSOrganizationsV20161128.ListAccounts"),
                ("User-Agent", "groundwork/0.1"),
            ],
            payload: .bytes(Data(#"{"MaxResults": 20, "NextToken": "AAEAAHSmQ9cM3bRk"}"#.utf8))
        )
    ),
    Scenario(
        name: "s3_get",
        service: "s3",
        request: SignableRequest(
            method: "GET",
            url: url(
                "https://audit-logs-123456789012.s3.us-east-1.amazonaws.com/AWSLogs/123456789012/CloudTrail/us-east-1/2026/12/04/123456789012_CloudTrail_us-east-1_20261204T0000Z_abc.json.gz"
            ),
            headers: [("User-Agent", "groundwork/0.1")],
            payload: .empty
        )
    ),
]

let arguments = CommandLine.arguments
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let only = arguments.count > 3 ? arguments[3] : nil
/// 2026-01-01T00:00:00Z, the instant both signers sign at for the agreement check.
let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)

var sink = 0

/// CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func medianMicroseconds(_ body: () -> Void) -> Double {
    var samples: [Double] = []
    for _ in 0..<repetitions {
        let start = threadCPUSeconds()
        for _ in 0..<iterations { body() }
        samples.append((threadCPUSeconds() - start) / Double(iterations) * 1e6)
    }
    samples.sort()
    return samples[samples.count / 2]
}

var results: [String: [String: String]] = [:]
for scenario in scenarios where only == nil || only == scenario.name {
    let shared = SigV4Signer(credentials: credentials, region: "us-east-1", service: scenario.service)
    var check = scenario.request
    shared.sign(&check, date: fixedDate)

    // Warm-up, so neither measurement pays for first-touch allocation.
    for _ in 0..<(iterations / 10) {
        var request = scenario.request
        shared.sign(&request, date: Date())
        sink &+= request.headers.count
    }
    let warm = medianMicroseconds {
        var request = scenario.request
        shared.sign(&request, date: Date())
        sink &+= request.headers.count
    }
    let cold = medianMicroseconds {
        var request = scenario.request
        SigV4Signer(
            credentials: credentials, region: "us-east-1", service: scenario.service, keyCache: SigningKeyCache()
        )
        .sign(&request, date: Date())
        sink &+= request.headers.count
    }
    results[scenario.name] = [
        "warm_us": String(format: "%.3f", warm),
        "cold_us": String(format: "%.3f", cold),
        "authorization": check.header("Authorization") ?? "",
    ]
}

let json = try JSONSerialization.data(
    withJSONObject: ["signer": "groundwork", "iterations": iterations, "results": results, "sink": sink],
    options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
