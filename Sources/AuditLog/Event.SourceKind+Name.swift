extension Event.SourceKind {
    /// Reads a `--source` value: the raw value (`aws-cloudtrail`, `github`, `okta`) or the short
    /// name people type (`cloudtrail`, `aws`), case-insensitive.
    public init?(name: String) {
        switch name.lowercased() {
        case "aws-cloudtrail", "cloudtrail", "aws": self = .awsCloudTrail
        case "github": self = .github
        case "okta": self = .okta
        default: return nil
        }
    }
}
