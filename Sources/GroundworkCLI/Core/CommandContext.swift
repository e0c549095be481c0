public import Foundation
public import Support

/// What a running command may touch: its console, environment, working directory and clock.
/// Everything is injected so commands run in-process in tests exactly as from a shell.
public struct CommandContext: Sendable {
    public var console: Console
    public var environment: Environment
    public var workingDirectory: URL
    public var now: DateGenerator
    /// Standard input, for the questions a command asks (`apply` asks before changing anything).
    public var input: LineInput

    public init(
        console: Console, environment: Environment, workingDirectory: URL, now: DateGenerator = .system,
        input: LineInput = .none
    ) {
        self.console = console
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.now = now
        self.input = input
    }

    /// Resolves a user-given path against the working directory, expanding `~`.
    public func resolve(path: String) -> URL {
        if path == "~" || path.hasPrefix("~/") {
            return URL(fileURLWithPath: environment.homeDirectory + path.dropFirst())
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return workingDirectory.appendingPathComponent(path)
    }
}
