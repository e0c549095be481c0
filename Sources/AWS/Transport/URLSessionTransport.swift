import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The production transport: `URLSession` with redirects refused and no cookies or caching.
///
/// AWS APIs never redirect a correct request; following one silently would resend a signed
/// request to a host the user did not choose, so a 3xx comes back to the client as an error.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter maximumConnectionsPerHost: the connection pool size per endpoint.
    public init(maximumConnectionsPerHost: Int = 64) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = maximumConnectionsPerHost
        session = URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        // The deadline is enforced below; URLSession's own timer is only a backstop, because on
        // Linux a request that hit it leaves the session timing out later requests at once.
        urlRequest.timeoutInterval = Double(timeout.components.seconds) + 60
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty || request.method == "PUT" || request.method == "POST" {
            urlRequest.httpBody = request.body
        }
        let data: Data
        let response: URLResponse
        do {
            let prepared = urlRequest
            (data, response) = try await withThrowingTaskGroup(of: (Data, URLResponse).self) { [session] group in
                group.addTask { try await session.data(for: prepared) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw URLError(.timedOut)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw URLError(.unknown) }
                return first
            }
        } catch {
            throw Self.transportError(error, url: request.url)
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError(.other, "'\(request.url.host ?? "")' answered with something other than HTTP")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(statusCode: http.statusCode, headers: headers, body: data)
    }

    private static func transportError(_ error: any Error, url: URL) -> TransportError {
        let endpoint = "\(url.scheme ?? "https")://\(url.host ?? "")\(url.port.map { ":\($0)" } ?? "")"
        guard let urlError = error as? URLError else {
            return TransportError(.other, "request to \(endpoint) failed: \(error.localizedDescription)")
        }
        switch urlError.code {
        case .timedOut:
            return TransportError(.timedOut, "no answer from \(endpoint) before the timeout")
        case .networkConnectionLost, .badServerResponse, .zeroByteResource:
            return TransportError(
                .connectionReset, "the connection to \(endpoint) was closed before a full answer arrived")
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return TransportError(
                .cannotConnect,
                "cannot connect to \(endpoint); check the endpoint URL, region and network"
            )
        default:
            return TransportError(.other, "request to \(endpoint) failed: \(urlError.localizedDescription)")
        }
    }
}

/// Refuses every redirect, so the 3xx response itself reaches the client.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
