public import Foundation

/// Where requests go: the standard AWS hosts, or overrides from `--endpoint-url`,
/// `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>`.
public struct AWSEndpoints: Sendable, Hashable {
    /// Replaces every service's endpoint (`--endpoint-url` / `AWS_ENDPOINT_URL`).
    public var all: URL?
    /// Per-service overrides keyed by botocore service name (`AWS_ENDPOINT_URL_SSO_ADMIN` → `sso-admin`).
    public var perService: [String: URL]

    public init(all: URL? = nil, perService: [String: URL] = [:]) {
        self.all = all
        self.perService = perService
    }

    /// The standard AWS endpoints.
    public static let standard = AWSEndpoints()

    /// Every service at `url`: an emulator such as moto, or a proxy.
    public static func custom(_ url: URL) -> AWSEndpoints { AWSEndpoints(all: url) }

    /// Where to send a request for `service` in `region`, and the region to sign it for.
    public func resolve(_ service: AWSService, region: String) -> ResolvedEndpoint {
        if let url = perService[service.name] ?? all {
            return ResolvedEndpoint(url: url, signingRegion: service.globalEndpoint?.signingRegion ?? region, isCustom: true)
        }
        if let global = service.globalEndpoint, Self.partition(for: region) == "aws" {
            return ResolvedEndpoint(url: Self.https(global.host), signingRegion: global.signingRegion, isCustom: false)
        }
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        return ResolvedEndpoint(
            url: Self.https("\(service.endpointPrefix).\(region).\(suffix)"),
            signingRegion: region,
            isCustom: false
        )
    }

    /// The partition a region belongs to: `aws`, `aws-cn` or `aws-us-gov`.
    public static func partition(for region: String) -> String {
        if region.hasPrefix("cn-") { return "aws-cn" }
        if region.hasPrefix("us-gov-") { return "aws-us-gov" }
        return "aws"
    }

    private static func https(_ host: String) -> URL {
        var components = URLComponents()
        components.scheme = "https"
        components.host = host
        components.path = ""
        guard let url = components.url else { preconditionFailure("'\(host)' is not a valid host name") }
        return url
    }
}

/// The endpoint chosen for one request.
public struct ResolvedEndpoint: Sendable, Hashable {
    public var url: URL
    public var signingRegion: String
    /// True when the user overrode the endpoint (S3 then uses path-style addressing).
    public var isCustom: Bool
}
