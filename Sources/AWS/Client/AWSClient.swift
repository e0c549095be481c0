public import AWSSigner
import Foundation
public import Support

/// The one way Groundwork talks to AWS: signs, sends, retries and decodes typed operations.
///
/// A client is a cheap value bound to one identity (credential provider) and one region.
/// Clients derived from it (`assumeMemberAccount`, `withRegion`) share its transport,
/// concurrency limiter and signing-key cache, so a fan-out over many accounts stays bounded.
///
/// ```swift
/// let client = AWSClient(credentials: provider, region: "eu-west-1")
/// let org = try await client.send(Organizations.describeOrganization, EmptyInput())
/// for try await account in client.items(Organizations.listAccounts, .init(), \.accounts) { … }
/// let member = client.assumeMemberAccount("111122223333")
/// ```
public struct AWSClient: Sendable {
    /// Everything that is not identity or region: injected so tests control time, randomness and I/O.
    public struct Runtime: Sendable {
        public var transport: any HTTPTransport
        public var retryPolicy: RetryPolicy
        public var limiter: ConcurrencyLimiter
        public var sleeper: Sleeper
        public var clock: DateGenerator
        /// Uniform in `[0, 1)`; drives backoff jitter.
        public var random: @Sendable () -> Double
        public var timeout: Duration
        public var tracer: AWSTracer?
        public var signingKeys: SigningKeyCache

        public init(
            transport: any HTTPTransport = URLSessionTransport(),
            retryPolicy: RetryPolicy = .standard,
            limiter: ConcurrencyLimiter = ConcurrencyLimiter(limit: 16),
            sleeper: Sleeper = .system,
            clock: DateGenerator = .system,
            random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
            timeout: Duration = .seconds(30),
            tracer: AWSTracer? = nil,
            signingKeys: SigningKeyCache = SigningKeyCache()
        ) {
            self.transport = transport
            self.retryPolicy = retryPolicy
            self.limiter = limiter
            self.sleeper = sleeper
            self.clock = clock
            self.random = random
            self.timeout = timeout
            self.tracer = tracer
            self.signingKeys = signingKeys
        }
    }

    public let credentials: any CredentialProvider
    public let region: String
    public let endpoints: AWSEndpoints
    public let runtime: Runtime

    /// - Parameters:
    ///   - credentials: who signs; wrap slow providers in `CachedCredentialProvider`.
    ///   - region: e.g. `eu-west-1`; global services sign for their own region regardless.
    ///   - endpoints: `.standard`, or overrides (moto, a proxy, VPC endpoints).
    ///   - runtime: transport, retries, limiter, clock and tracing.
    public init(
        credentials: any CredentialProvider,
        region: String,
        endpoints: AWSEndpoints = .standard,
        runtime: Runtime = Runtime()
    ) {
        self.credentials = credentials
        self.region = region
        self.endpoints = endpoints
        self.runtime = runtime
    }

    /// The same identity and runtime in another region.
    public func withRegion(_ region: String) -> AWSClient {
        AWSClient(credentials: credentials, region: region, endpoints: endpoints, runtime: runtime)
    }

    /// The same region and runtime with other credentials.
    public func withCredentials(_ credentials: any CredentialProvider) -> AWSClient {
        AWSClient(credentials: credentials, region: region, endpoints: endpoints, runtime: runtime)
    }

    /// Calls `operation` with `input` and returns its typed output.
    ///
    /// Retries throttling, 5xx answers, resets and timeouts per `runtime.retryPolicy`, signing
    /// each attempt afresh. Waits for a slot in the shared limiter before each attempt.
    /// - Throws: `AWSError` for a service error answer (after retries, with `attempts` set);
    ///   `AWSClientError` when no usable answer arrived or credentials are missing.
    public func send<Input, Output>(_ operation: AWSOperation<Input, Output>, _ input: Input) async throws -> Output {
        var input = input
        if var idempotent = input as? any IdempotentRequest, idempotent.clientToken == nil {
            idempotent.clientToken = UUID().uuidString
            if let filled = idempotent as? Input { input = filled }
        }
        let parts: OperationRequest
        do {
            parts = try operation.encode(input)
        } catch {
            throw AWSClientError(.configuration, "cannot encode the \(operation.actionName) request: \(error)")
        }
        let endpoint = try endpoints.resolve(operation.service, region: region)
        let url = try Self.url(for: parts, endpoint: endpoint, service: operation.service, region: region)
        let policy = runtime.retryPolicy
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let response: HTTPResponse
            let number = attempt
            do {
                // Credentials are resolved before taking a slot: resolving may itself call STS
                // (assume-role) through the same limiter, and holding a slot while waiting for one
                // deadlocks a fan-out of fresh member-account clients.
                let resolved = try await credentials.resolve()
                response = try await runtime.limiter.withPermit {
                    try await attemptOnce(
                        parts: parts, url: url, endpoint: endpoint, operation: operation, credentials: resolved,
                        attempt: number)
                }
            } catch let error as TransportError {
                if policy.isRetryable(error) && attempt < policy.maxAttempts {
                    try await backoff(beforeRetry: attempt, reason: error.message)
                    continue
                }
                let tries = attempt > 1 ? " (gave up after \(attempt) attempts)" : ""
                throw AWSClientError(.transport, "\(operation.actionName): \(error.message)\(tries)", cause: error)
            }
            if response.isSuccess {
                do {
                    return try operation.decode(response)
                } catch {
                    throw AWSClientError(
                        .decoding,
                        "\(operation.actionName) answered HTTP \(response.statusCode) in a shape Groundwork cannot read: \(error)",
                        cause: error
                    )
                }
            }
            if (300..<400).contains(response.statusCode) {
                let location = response.header("location") ?? "an unnamed location"
                throw AWSClientError(
                    .redirect,
                    "\(operation.actionName) was redirected (HTTP \(response.statusCode)) to \(location); "
                        + "check the region and endpoint (S3 buckets must be addressed in their own region)"
                )
            }
            var error = AWSErrorParser.parse(response, service: operation.service, operation: operation.name)
            error.attempts = attempt
            if policy.isRetryable(error) && attempt < policy.maxAttempts {
                try await backoff(beforeRetry: attempt, reason: error.code)
                continue
            }
            throw error
        }
    }

    private func attemptOnce<Input, Output>(
        parts: OperationRequest,
        url: URL,
        endpoint: ResolvedEndpoint,
        operation: AWSOperation<Input, Output>,
        credentials resolved: ResolvedCredentials,
        attempt: Int
    ) async throws -> HTTPResponse {
        var signable = SignableRequest(
            method: parts.method,
            url: url,
            headers: parts.headers,
            payload: parts.body.isEmpty ? .empty : .bytes(parts.body)
        )
        let signer = SigV4Signer(
            credentials: resolved.credentials,
            region: endpoint.signingRegion,
            service: endpoint.signingName,
            keyCache: runtime.signingKeys
        )
        signer.sign(&signable, date: runtime.clock())
        let request = HTTPRequest(
            method: signable.method, url: signable.url, headers: signable.headers, body: parts.body)
        runtime.tracer?.request(request, attempt: attempt)
        let started = ContinuousClock.now
        let response = try await runtime.transport.send(request, timeout: runtime.timeout)
        runtime.tracer?.response(response, elapsed: ContinuousClock.now - started)
        return response
    }

    private func backoff(beforeRetry retry: Int, reason: String) async throws {
        let delay = runtime.retryPolicy.delay(beforeRetry: retry, random: runtime.random())
        runtime.tracer?.emit("↻ retry \(retry) after \(delay.formatted(.units(allowed: [.milliseconds]))): \(reason)")
        try await runtime.sleeper(delay)
    }

    /// The request URL: endpoint, S3 bucket addressing, path and query.
    static func url(for parts: OperationRequest, endpoint: ResolvedEndpoint, service: AWSService, region: String) throws
        -> URL
    {
        guard var components = URLComponents(url: endpoint.url, resolvingAgainstBaseURL: false) else {
            throw AWSClientError(.configuration, "endpoint '\(endpoint.url)' is not a valid URL")
        }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        var path = parts.path
        if let bucket = parts.bucket {
            let label = RESTXMLProtocol.encodeLabel(bucket)
            if !endpoint.isCustom && isVirtualHostable(bucket), let host = components.host {
                components.host = "\(bucket).\(host)"
            } else {
                path = "/\(label)" + (path == "/" ? "" : path)
            }
        }
        components.percentEncodedPath = basePath + path
        if parts.query.isEmpty {
            components.percentEncodedQuery = nil
        } else {
            components.percentEncodedQuery = parts.query.map { item in
                item.value.isEmpty && item.name.contains("=") == false && isSubresource(item.name)
                    ? QueryEncoder.formEncode(item.name)
                    : "\(QueryEncoder.formEncode(item.name))=\(QueryEncoder.formEncode(item.value))"
            }.joined(separator: "&")
        }
        guard let url = components.url else {
            throw AWSClientError(
                .configuration, "cannot build a request URL from endpoint '\(endpoint.url)' and path '\(path)'")
        }
        return url
    }

    /// S3 sub-resources such as `?versioning` are sent without `=`.
    private static func isSubresource(_ name: String) -> Bool {
        [
            "acl", "versioning", "policy", "tagging", "location", "lifecycle", "encryption", "logging",
            "publicAccessBlock",
            "ownershipControls", "object-lock", "replication", "notification", "cors", "website",
        ].contains(name)
    }

    /// Whether `bucket` can be a DNS label under the S3 host (virtual-hosted style).
    static func isVirtualHostable(_ bucket: String) -> Bool {
        guard (3...63).contains(bucket.count), !bucket.contains(".") else { return false }
        return bucket.allSatisfy { $0.isLowercase && $0.isASCII || $0.isNumber || $0 == "-" }
            && bucket.first != "-" && bucket.last != "-"
    }
}
