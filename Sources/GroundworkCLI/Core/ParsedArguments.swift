/// The arguments of one invocation, already checked against the command's declaration.
public struct ParsedArguments: Sendable {
    /// The command path, e.g. `["logs", "query"]`.
    public let commandPath: [String]
    private let flags: Set<String>
    private let values: [String: [String]]
    public let positionals: [String]

    init(commandPath: [String], flags: Set<String>, values: [String: [String]], positionals: [String]) {
        self.commandPath = commandPath
        self.flags = flags
        self.values = values
        self.positionals = positionals
    }

    /// True when the flag `--name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `--name` (the last one when repeated), or nil.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeated option, in order.
    public func values(_ name: String) -> [String] { values[name] ?? [] }

    /// The positional argument at `index`, if given.
    public func positional(_ index: Int) -> String? { index < positionals.count ? positionals[index] : nil }
}
