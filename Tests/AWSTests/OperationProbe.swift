import AWS
import Foundation
import TestSupport

/// Sends operations over a fake transport that answers with sample bodies, and keeps what was sent.
struct OperationProbe {
    let transport: FakeTransport
    let client: AWSClient

    /// Every request is answered with `responses[n]` in turn (the last one repeats).
    init(_ responses: [HTTPResponse]) {
        let answers = responses
        transport = FakeTransport { _, attempt in answers[min(attempt, answers.count) - 1] }
        client = TestClient.make(transport, retryPolicy: .none)
    }

    /// Answers every request with the JSON `body`.
    init(json body: String = "{}") { self.init([TestClient.json(body)]) }

    /// Answers every request with the XML `body`.
    init(xml body: String, status: Int = 200, headers: [String: String] = [:]) {
        self.init([
            HTTPResponse(
                statusCode: status, headers: headers.merging(["Content-Type": "application/xml"]) { a, _ in a },
                body: Data(body.utf8))
        ])
    }

    func send<Input, Output>(_ operation: AWSOperation<Input, Output>, _ input: Input) async throws -> Output {
        try await client.send(operation, input)
    }

    var requests: [HTTPRequest] { transport.requests }

    /// The last request sent.
    var request: HTTPRequest {
        get throws {
            guard let last = transport.requests.last else { throw ProbeError() }
            return last
        }
    }

    struct ProbeError: Error {}
}

extension HTTPRequest {
    /// The operation named in `X-Amz-Target` (JSON protocols), without its service prefix.
    var targetOperation: String? {
        header("X-Amz-Target").map { String($0.split(separator: ".").last ?? "") }
    }

    /// The form parameters of a Query request.
    var formParameters: [String: String] {
        var result: [String: String] = [:]
        for pair in bodyText.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).removingPercentEncoding ?? String($0)
            }
            result[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return result
    }
}

extension HTTPRequest {
    /// Whether the body is the same JSON document as `expected` (key order and `\/` escapes aside).
    func hasJSONBody(_ expected: String) -> Bool {
        guard let actual = try? JSONSerialization.jsonObject(with: body) as? NSDictionary,
            let wanted = try? JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
        else { return false }
        return actual == wanted
    }
}
