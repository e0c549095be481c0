/// Sends one HTTP request and returns the response, whatever its status.
///
/// Injected into `AWSClient` so unit tests run against a fake and integration tests against a
/// real socket. A transport never retries and never follows redirects: the client decides.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeout`.
    ///
    /// - Throws: `TransportError` when no HTTP response arrived (reset, timeout, refused).
    func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse
}
