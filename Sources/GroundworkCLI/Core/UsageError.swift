/// A mistake in how the command was called; printed with the usage line and exit code 64.
public struct UsageError: Error, Sendable, Equatable {
    public var message: String
    /// The command whose usage to show, e.g. `["logs", "query"]`.
    public var commandPath: [String]

    public init(_ message: String, commandPath: [String] = []) {
        self.message = message
        self.commandPath = commandPath
    }
}
