public import Foundation
import Support

/// Where requests go: AWS's public endpoints, one URL for everything (an emulator, a proxy), or
/// whatever the shared config resolution says (`--endpoint-url`, `AWS_ENDPOINT_URL`,
/// `AWS_ENDPOINT_URL_<SERVICE>`, profile `endpoint_url` and `[services]`).
public struct AWSEndpoints: Sendable {
    private let resolver: @Sendable (EndpointService, String) throws(AWSConfigError) -> ResolvedEndpoint

    /// Resolves with `resolve`; for callers with their own rules.
    public init(_ resolve: @escaping @Sendable (EndpointService, String) throws(AWSConfigError) -> ResolvedEndpoint) {
        resolver = resolve
    }

    /// AWS's public endpoints.
    public static let standard = AWSEndpoints.resolving(
        AWSConfigResolver(
            environment: Environment(),
            shared: SharedConfig(configFile: .empty("(none)"), credentialsFile: .empty("(none)"))
        )
    )

    /// Every service at `url`, as `--endpoint-url` does.
    public static func custom(_ url: URL) -> AWSEndpoints {
        AWSEndpoints { service, region throws(AWSConfigError) in
            let partition = AWSPartition(region: region)
            let signingRegion = service.globalEndpoints[partition.id]?.signingRegion ?? region
            return ResolvedEndpoint(
                url: url, signingRegion: signingRegion, signingName: service.signingName, source: .commandLine)
        }
    }

    /// The endpoints the user's flags, environment and shared config files name.
    public static func resolving(_ resolver: AWSConfigResolver) -> AWSEndpoints {
        AWSEndpoints { service, region throws(AWSConfigError) in try resolver.endpoint(for: service, region: region) }
    }

    /// Where to send a request for `service` in `region`, and how to sign it.
    /// - Throws: `AWSClientError` (`.configuration`) for an invalid override.
    public func resolve(_ service: AWSService, region: String) throws(AWSClientError) -> ResolvedEndpoint {
        do {
            return try resolver(service.endpoint, region)
        } catch {
            throw AWSClientError(.configuration, error.message, cause: error)
        }
    }
}
