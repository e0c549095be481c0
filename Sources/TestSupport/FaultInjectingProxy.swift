public import Foundation
import Synchronization

/// A loopback HTTP proxy in front of an emulator that injects the failures real AWS produces:
/// throttling (400 `ThrottlingException` or 429), 500s, connection resets and slow answers.
///
/// Point a client's endpoint at `endpoint`; each request is either forwarded untouched (the
/// `Host` header is kept, so signatures still verify) or answered with a fault. Faults are
/// drawn from a seeded generator at `rate`, so a failing run can be replayed. With `rate` 1 every
/// request fails: the "not transient" case. Call `stop()` when done: the accept thread keeps the
/// proxy listening until then.
public final class FaultInjectingProxy: Sendable {
    /// One kind of failure.
    public enum Fault: Sendable, Hashable {
        /// HTTP 400 with the protocol's throttling error (`ThrottlingException` / `Throttling`).
        case throttle
        /// HTTP 429 `TooManyRequestsException`.
        case tooManyRequests
        /// HTTP 500 `InternalError`.
        case serverError
        /// The connection is reset before any answer.
        case connectionReset
        /// The request is forwarded after a delay.
        case slow(Duration)
    }

    public struct Configuration: Sendable, Hashable {
        /// Probability in `[0, 1]` that a request meets a fault.
        public var rate: Double
        /// The faults to choose from, uniformly.
        public var faults: [Fault]
        public var seed: UInt64

        public init(rate: Double, faults: [Fault], seed: UInt64 = 1) {
            self.rate = rate
            self.faults = faults
            self.seed = seed
        }
    }

    /// What the proxy did so far.
    public struct Counts: Sendable, Hashable {
        public var forwarded = 0
        public var injected: [Fault: Int] = [:]

        public var totalInjected: Int { injected.values.reduce(0, +) }
    }

    public let port: UInt16
    private let upstreamPort: UInt16
    private let listener: LoopbackSocket
    private let stopped = Mutex(false)
    private let state: Mutex<(random: SplitMix64, counts: Counts, configuration: Configuration)>

    /// `http://127.0.0.1:<port>`.
    public var endpoint: URL {
        guard let url = URL(string: "http://127.0.0.1:\(port)") else { preconditionFailure("loopback URL") }
        return url
    }

    /// Starts listening on a free loopback port, forwarding to `upstreamPort` on 127.0.0.1.
    public init(upstreamPort: UInt16, configuration: Configuration) throws {
        let (listener, port) = try LoopbackSocket.listen()
        self.listener = listener
        self.port = port
        self.upstreamPort = upstreamPort
        state = Mutex((SplitMix64(seed: configuration.seed), Counts(), configuration))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Changes the fault mix for later requests.
    public func reconfigure(_ configuration: Configuration) {
        state.withLock { $0.configuration = configuration }
    }

    public var counts: Counts { state.withLock { $0.counts } }

    /// Stops accepting connections; safe to call more than once (the descriptor is closed once).
    public func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        if first { listener.close() }
    }

    private func acceptLoop() {
        while let client = listener.accept() {
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func nextFault() -> Fault? {
        state.withLock { state in
            let configuration = state.configuration
            guard !configuration.faults.isEmpty, state.random.nextUnit() < configuration.rate else {
                state.counts.forwarded += 1
                return nil
            }
            let fault = configuration.faults[Int(state.random.next() % UInt64(configuration.faults.count))]
            state.counts.injected[fault, default: 0] += 1
            if case .slow = fault { state.counts.forwarded += 1 }
            return fault
        }
    }

    private func serve(_ client: LoopbackSocket) {
        guard let request = HTTPMessage.readRequest(from: client) else {
            client.close()
            return
        }
        let isJSON = request.header("content-type")?.contains("x-amz-json") ?? false
        switch nextFault() {
        case .throttle?:
            client.write(
                Self.errorResponse(
                    status: 400, code: isJSON ? "ThrottlingException" : "Throttling", message: "Rate exceeded",
                    json: isJSON))
            client.close()
        case .tooManyRequests?:
            client.write(
                Self.errorResponse(
                    status: 429, code: "TooManyRequestsException", message: "Too many requests", json: isJSON))
            client.close()
        case .serverError?:
            client.write(
                Self.errorResponse(
                    status: 500, code: "InternalError", message: "We encountered an internal error", json: isJSON))
            client.close()
        case .connectionReset?:
            client.reset()
        case .slow(let delay)?:
            Thread.sleep(
                forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            forward(request, to: client)
        case nil:
            forward(request, to: client)
        }
    }

    private func forward(_ request: HTTPMessage, to client: LoopbackSocket) {
        guard let upstream = try? LoopbackSocket.connect(port: upstreamPort) else {
            client.write(
                Self.errorResponse(status: 502, code: "BadGateway", message: "upstream unreachable", json: false))
            client.close()
            return
        }
        upstream.write(request.serialized(forcingClose: true))
        var response: [UInt8] = []
        while true {
            let chunk = upstream.read()
            if chunk.isEmpty { break }
            response += chunk
        }
        upstream.close()
        client.write(response)
        client.close()
    }

    private static func errorResponse(status: Int, code: String, message: String, json: Bool) -> [UInt8] {
        let reason =
            [400: "Bad Request", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"][status]
            ?? "Error"
        let requestID = "fault-\(UInt32.random(in: 0...UInt32.max))"
        let body: String
        var headers = "x-amzn-RequestId: \(requestID)\r\n"
        if json {
            body = #"{"__type":"\#(code)","message":"\#(message)"}"#
            headers += "Content-Type: application/x-amz-json-1.1\r\nx-amzn-ErrorType: \(code)\r\n"
        } else {
            body =
                "<ErrorResponse><Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>"
                + "<RequestId>\(requestID)</RequestId></ErrorResponse>"
            headers += "Content-Type: text/xml\r\n"
        }
        let head =
            "HTTP/1.1 \(status) \(reason)\r\n\(headers)Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
        return Array((head + body).utf8)
    }
}

/// A small, fast, seedable generator (SplitMix64) so fault schedules replay exactly.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
