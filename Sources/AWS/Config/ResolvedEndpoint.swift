public import Foundation
public import Support

/// Where to send one service's requests and how to sign them.
public struct ResolvedEndpoint: Sendable, Hashable, CustomStringConvertible {
    public enum Source: Sendable, Hashable {
        /// `--endpoint-url`.
        case commandLine
        /// `AWS_ENDPOINT_URL_<SERVICE>` or `AWS_ENDPOINT_URL`.
        case environment(variable: String)
        /// `endpoint_url` under the service's key in the profile's `[services NAME]` section.
        case profileService(profile: String, location: SourceLocation)
        /// The profile's own `endpoint_url`.
        case profile(name: String, location: SourceLocation?)
        /// AWS's public endpoint for the region.
        case standard
    }

    public var url: URL
    /// The region in the SigV4 credential scope (`us-east-1` for IAM and Organizations).
    public var signingRegion: String
    /// The service name in the SigV4 credential scope.
    public var signingName: String
    public var source: Source

    public init(url: URL, signingRegion: String, signingName: String, source: Source) {
        self.url = url
        self.signingRegion = signingRegion
        self.signingName = signingName
        self.source = source
    }

    /// True when the user pointed the service somewhere else (an emulator, a proxy, a VPC
    /// endpoint); S3 then uses path-style addressing.
    public var isCustom: Bool { source != .standard }

    public var description: String {
        let origin: String
        switch source {
        case .commandLine: origin = "--endpoint-url"
        case .environment(let variable): origin = variable
        case .profileService(let profile, let location):
            origin = "services section of profile '\(profile)' at \(location)"
        case .profile(let name, let location): origin = "profile '\(name)'" + (location.map { " at \($0)" } ?? "")
        case .standard: origin = "default"
        }
        return "\(url.absoluteString) (\(origin); signed as \(signingName) in \(signingRegion))"
    }
}
