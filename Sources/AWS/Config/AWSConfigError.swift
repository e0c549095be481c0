public import Support

/// A problem with the user's AWS settings: the shared `config` and `credentials` files, the
/// profile chosen, the region or an endpoint override.
///
/// The message says what is wrong and how to fix it; `location` points into the file when the
/// problem is on a line of it. `description` has the compiler's shape
/// (`path:line:col: error: [aws-config] message`) so editors can jump to the line.
public struct AWSConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is, stable for callers that branch on it.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable, Hashable {
            case malformedFile = "malformed-file"
            case unreadableFile = "unreadable-file"
            case profileNotFound = "profile-not-found"
            case invalidProfile = "invalid-profile"
            case roleChainCycle = "role-chain-cycle"
            case missingRegion = "missing-region"
            case invalidRegion = "invalid-region"
            case invalidEndpoint = "invalid-endpoint"
            case unsupportedSetting = "unsupported-setting"
        }

        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// A line of a shared file could not be parsed.
        public static let malformedFile = Code(.malformedFile)
        /// A shared file exists but could not be read.
        public static let unreadableFile = Code(.unreadableFile)
        /// The profile asked for (`--profile`, `AWS_PROFILE`, `source_profile`) is in neither file.
        public static let profileNotFound = Code(.profileNotFound)
        /// A profile's settings contradict each other or are incomplete.
        public static let invalidProfile = Code(.invalidProfile)
        /// `source_profile` links loop back on themselves.
        public static let roleChainCycle = Code(.roleChainCycle)
        /// No region from `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` or the profile.
        public static let missingRegion = Code(.missingRegion)
        /// A region name that AWS would reject.
        public static let invalidRegion = Code(.invalidRegion)
        /// An endpoint override that is not an http(s) URL.
        public static let invalidEndpoint = Code(.invalidEndpoint)
        /// A valid AWS CLI setting that Groundwork cannot act on yet (IAM Identity Center sign-in, web identity).
        public static let unsupportedSetting = Code(.unsupportedSetting)

        public var description: String { kind.rawValue }
    }

    public var code: Code
    public var message: String
    public var location: SourceLocation?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// The error as a compiler-style diagnostic.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location, ruleID: "aws-config") }

    public var description: String { diagnostic.description }
}
