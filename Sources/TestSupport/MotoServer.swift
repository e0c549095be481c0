public import Foundation

/// A `moto_server` subprocess on a free loopback port: the AWS emulator for integration tests.
///
/// With `initialNoAuthActionCount` set, moto lets that many requests through unauthenticated
/// (enough to create a user, a key and a policy) and then verifies every SigV4 signature and
/// evaluates IAM policies, like AWS does. Use `MotoServer.run(_:)` so the server always stops.
public final class MotoServer: Sendable {
    /// How to start the server.
    public struct Options: Sendable, Hashable {
        /// Requests moto serves before it starts checking signatures and IAM policies; `nil`
        /// leaves authentication off.
        public var initialNoAuthActionCount: Int?
        /// Load AWS managed policies (`arn:aws:iam::aws:policy/…`); slower start.
        public var loadManagedPolicies: Bool

        public init(initialNoAuthActionCount: Int? = nil, loadManagedPolicies: Bool = false) {
            self.initialNoAuthActionCount = initialNoAuthActionCount
            self.loadManagedPolicies = loadManagedPolicies
        }
    }

    /// The error when moto is missing or does not come up.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    public let port: UInt16
    public let options: Options
    private let process: Process
    /// The watchdog's standard input: closing it (in `stop`, or by this process dying) ends moto.
    private let lifeline: Pipe

    /// Runs moto under a small watchdog. Swift's `Process` starts children with the parent's
    /// blocked signal mask (libdispatch blocks SIGTERM), so a plain `terminate()` never reaches
    /// moto; and a crashed test run must not leave servers behind. The watchdog clears the mask,
    /// starts moto, and kills it when its standard input closes or moto exits.
    private static let watchdog = """
        import os, select, signal, subprocess, sys
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL)
        try:
            while child.poll() is None:
                ready, _, _ = select.select([0], [], [], 0.2)
                if ready and not os.read(0, 4096):
                    break
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
        sys.exit(child.returncode if child.returncode and child.returncode > 0 else 0)
        """

    /// `http://127.0.0.1:<port>`.
    public var endpoint: URL {
        guard let url = URL(string: "http://127.0.0.1:\(port)") else { preconditionFailure("loopback URL") }
        return url
    }

    private init(port: UInt16, options: Options, process: Process, lifeline: Pipe) {
        self.port = port
        self.options = options
        self.process = process
        self.lifeline = lifeline
    }

    /// Starts moto and waits (up to `timeout`) until it accepts connections.
    public static func start(_ options: Options = Options(), timeout: Duration = .seconds(30)) async throws
        -> MotoServer
    {
        let port = try LoopbackSocket.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", watchdog, "moto_server", "-H", "127.0.0.1", "-p", String(port)]
        var environment = ProcessInfo.processInfo.environment
        // moto must not pick up the developer's real AWS settings.
        for name in environment.keys where name.hasPrefix("AWS_") { environment[name] = nil }
        environment["MOTO_IAM_LOAD_MANAGED_POLICIES"] = options.loadManagedPolicies ? "true" : "false"
        if let count = options.initialNoAuthActionCount {
            environment["INITIAL_NO_AUTH_ACTION_COUNT"] = String(count)
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let lifeline = Pipe()
        process.standardInput = lifeline
        do {
            try process.run()
        } catch {
            throw StartError(
                description: "cannot start moto_server (pip install 'moto[server]'): \(error.localizedDescription)")
        }
        let server = MotoServer(port: port, options: options, process: process, lifeline: lifeline)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let socket = try? LoopbackSocket.connect(port: port) {
                socket.close()
                return server
            }
            guard process.isRunning else {
                throw StartError(
                    description: "moto_server exited with status \(process.terminationStatus) before listening")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.stop()
        throw StartError(description: "moto_server did not listen on port \(port) within \(timeout)")
    }

    /// Starts a server, runs `body` with it, and stops it whether `body` returns or throws.
    public static func run<T: Sendable>(
        _ options: Options = Options(),
        _ body: (MotoServer) async throws -> T
    ) async throws -> T {
        let server = try await start(options)
        do {
            let result = try await body(server)
            server.stop()
            return result
        } catch {
            server.stop()
            throw error
        }
    }

    /// Stops the server and waits for it to exit.
    public func stop() {
        try? lifeline.fileHandleForWriting.close()
        guard process.isRunning else { return }
        process.waitUntilExit()
    }

    deinit {
        stop()
    }
}
