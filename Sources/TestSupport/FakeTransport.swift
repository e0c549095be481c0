public import AWS
import Foundation
import Synchronization

/// An in-memory `HTTPTransport` for unit tests: answers from a closure and records every request.
public final class FakeTransport: HTTPTransport {
    /// Decides the answer to the `attempt`-th request (1-based, counted across all requests).
    public typealias Responder =
        @Sendable (_ request: HTTPRequest, _ attempt: Int) throws(TransportError) -> HTTPResponse

    private let responder: Responder
    private let log = Mutex<[HTTPRequest]>([])

    public init(_ responder: @escaping Responder) {
        self.responder = responder
    }

    /// Answers every request with `status` and `body`.
    public convenience init(status: Int = 200, headers: [String: String] = [:], body: String) {
        self.init { _, _ in HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8)) }
    }

    /// Answers the n-th request with the n-th result, repeating the last one.
    public convenience init(sequence: [Result<HTTPResponse, TransportError>]) {
        precondition(!sequence.isEmpty, "a fake transport needs at least one answer")
        self.init { _, attempt throws(TransportError) in
            try sequence[min(attempt, sequence.count) - 1].get()
        }
    }

    /// Every request sent so far, in order.
    public var requests: [HTTPRequest] { log.withLock { $0 } }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        let attempt = log.withLock { log in
            log.append(request)
            return log.count
        }
        return try responder(request, attempt)
    }
}
