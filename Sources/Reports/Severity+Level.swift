import Compliance

extension Severity {
    /// The compiler-style level a finding prints as: errors fail a build in an editor's eyes,
    /// warnings and notes inform.
    var level: String {
        switch self {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }
}
