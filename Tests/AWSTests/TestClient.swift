import AWS
import AWSSigner
import Foundation
import Support
import TestSupport

/// Builds clients over a fake transport with pinned time and no real waiting.
enum TestClient {
    static let credentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_700_000_000)
    static let localEndpoint = URL(string: "http://127.0.0.1:5000") ?? URL(fileURLWithPath: "/")

    static func make(
        _ transport: FakeTransport,
        region: String = "us-east-1",
        endpoints: AWSEndpoints = .custom(localEndpoint),
        retryPolicy: RetryPolicy = .standard,
        sleeper: Sleeper = .immediate,
        clock: DateGenerator = .constant(date),
        tracer: AWSTracer? = nil
    ) -> AWSClient {
        AWSClient(
            credentials: StaticCredentialProvider(credentials),
            region: region,
            endpoints: endpoints,
            runtime: AWSClient.Runtime(
                transport: transport,
                retryPolicy: retryPolicy,
                sleeper: sleeper,
                clock: clock,
                random: { 0.5 },
                tracer: tracer
            )
        )
    }

    static func xml(_ body: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: ["Content-Type": "text/xml"], body: Data(body.utf8))
    }

    static func json(_ body: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: headers.merging(["Content-Type": "application/x-amz-json-1.1"]) { a, _ in a },
            body: Data(body.utf8))
    }
}

extension HTTPRequest {
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}
