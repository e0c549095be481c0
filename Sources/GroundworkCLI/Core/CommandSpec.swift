/// A command or a group of subcommands, declared as data: name, help text, options, positionals,
/// and the code that runs it. The executable is one `Entrypoint` over a list of these.
public struct CommandSpec: Sendable {
    public typealias Run = @Sendable (ParsedArguments, CommandContext) async -> ExitCode

    public var name: String
    /// One line, shown in the parent's command list.
    public var abstract: String
    /// Paragraphs shown in `--help` after the usage: what it does and why.
    public var discussion: String
    /// Worked examples shown at the end of `--help`.
    public var examples: [String]
    public var options: [OptionSpec]
    public var positionals: [PositionalSpec]
    public var subcommands: [CommandSpec]
    public var run: Run?

    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        examples: [String] = [],
        options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [],
        subcommands: [CommandSpec] = [],
        run: Run? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.examples = examples
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.run = run
    }

    func subcommand(named name: String) -> CommandSpec? { subcommands.first { $0.name == name } }
}
