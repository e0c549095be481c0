/// Process exit codes. They are API: CI pipelines branch on them (see ARCHITECTURE.md).
public struct ExitCode: RawRepresentable, Sendable, Hashable {
    public var rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Done, and nothing to report.
    public static let success = ExitCode(rawValue: 0)
    /// Done, and the answer is "no": findings at or above `--fail-on`, tampering, drift, pending changes.
    public static let findings = ExitCode(rawValue: 1)
    /// Could not do the job: invalid input, network, permissions. The message says which.
    public static let failure = ExitCode(rawValue: 2)
    /// Usage error (`EX_USAGE`): unknown flag or command, missing or invalid argument.
    public static let usage = ExitCode(rawValue: 64)
}
