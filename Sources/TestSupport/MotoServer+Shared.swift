import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension MotoServer {
    /// One server per `options` for the whole test process, started on first use.
    ///
    /// Tests sharing it see each other's resources, so they must use unique names (or call
    /// `reset()` when they run serialized). The server stops when the test process exits: its
    /// watchdog sees standard input close. Prefer `run(_:_:)` for servers with
    /// `initialNoAuthActionCount`, whose unauthenticated allowance is spent once per server.
    public static func shared(_ options: Options = Options()) async throws -> MotoServer {
        try await SharedMotoServers.registry.server(for: options)
    }

    /// Clears every resource in every account (`POST /moto-api/reset`).
    public func reset() async throws {
        var request = URLRequest(url: endpoint.appendingPathComponent("moto-api/reset"))
        request.httpMethod = "POST"
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw StartError(description: "moto did not accept /moto-api/reset on port \(port)")
        }
    }
}

/// The process-wide servers behind `MotoServer.shared`.
private actor SharedMotoServers {
    static let registry = SharedMotoServers()

    private var servers: [MotoServer.Options: Task<MotoServer, any Error>] = [:]

    func server(for options: MotoServer.Options) async throws -> MotoServer {
        if let existing = servers[options] { return try await existing.value }
        let task = Task { try await MotoServer.start(options) }
        servers[options] = task
        do {
            return try await task.value
        } catch {
            servers[options] = nil
            throw error
        }
    }
}
