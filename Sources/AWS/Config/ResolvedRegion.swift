public import Support

/// The region a command runs in and where that choice came from (`whoami` shows both).
public struct ResolvedRegion: Sendable, Hashable, CustomStringConvertible {
    public enum Source: Sendable, Hashable {
        /// `--region`.
        case commandLine
        /// `AWS_REGION` or `AWS_DEFAULT_REGION`.
        case environment(variable: String)
        /// The profile's `region` setting.
        case profile(name: String, location: SourceLocation?)
    }

    public var name: String
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// `us-east-1 (from AWS_REGION)`.
    public var description: String {
        switch source {
        case .commandLine: "\(name) (from --region)"
        case .environment(let variable): "\(name) (from \(variable))"
        case .profile(let profile, let location):
            "\(name) (from profile '\(profile)'\(location.map { " at \($0)" } ?? ""))"
        }
    }
}
