import Foundation

/// The process environment as a value, injected so commands and tests never read globals.
public struct Environment: Sendable, Equatable {
    public var variables: [String: String]

    public init(_ variables: [String: String] = [:]) {
        self.variables = variables
    }

    /// The environment this process was started with.
    public static var process: Environment { Environment(ProcessInfo.processInfo.environment) }

    public subscript(_ name: String) -> String? {
        get { variables[name] }
        set { variables[name] = newValue }
    }

    /// The value of `name` when it is set and not empty, the way the AWS CLI treats variables.
    public func nonEmpty(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The user's home directory: `HOME`, else the account's home.
    public var homeDirectory: String {
        nonEmpty("HOME") ?? FileManager.default.homeDirectoryForCurrentUser.path
    }
}
