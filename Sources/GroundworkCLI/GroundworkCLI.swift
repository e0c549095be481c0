public import Foundation
public import Support

/// The `groundwork` command line as a library: the executable is a one-line entry point over it,
/// and tests run every command in-process with captured output.
public enum GroundworkCLI {
    /// Every top-level command, in the order `--help` lists them.
    static var commands: [CommandSpec] {
        CommandRegistry.all
    }

    static var root: CommandSpec {
        CommandSpec(
            name: "groundwork",
            abstract: "Set up, prove and keep a compliant cloud organization.",
            discussion: """
                Groundwork reads a declarative organization spec (YAML) and checks it against four requirements \
                auditors ask for: isolation of production, single sign-on with MFA, separation of security from \
                workloads, and a central audit log nobody can disable or alter.
                """,
            examples: ["groundwork init", "groundwork check organization.yaml", "groundwork help check"],
            subcommands: commands
        )
    }

    /// Runs the process: real arguments, environment, stdout and stderr.
    public static func main() async -> Int32 {
        let arguments = Array(CommandLine.arguments.dropFirst())
        return await run(
            arguments,
            environment: .process,
            stdout: FileDescriptorSink.standardOutput,
            stderr: FileDescriptorSink.standardError,
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            input: .standardInput
        )
    }

    /// Runs one invocation and returns its exit code (see `ExitCode`).
    public static func run(
        _ arguments: [String],
        environment: Environment,
        stdout: any OutputSink,
        stderr: any OutputSink,
        workingDirectory: URL,
        now: DateGenerator = .system,
        input: LineInput = .none
    ) async -> Int32 {
        let console = Console(out: stdout, err: stderr, environment: environment)
        let root = root
        let help = HelpFormatter(root: root)
        do {
            switch try CommandLineParser(root: root).parse(arguments) {
            case .version:
                console.print("groundwork \(GroundworkVersion.current)")
                return ExitCode.success.rawValue
            case .help(let path):
                console.out.write(help.help(for: path))
                return ExitCode.success.rawValue
            case .run(let command, let parsed):
                guard let body = command.run else { return ExitCode.usage.rawValue }
                let context = CommandContext(
                    console: console, environment: environment, workingDirectory: workingDirectory, now: now,
                    input: input)
                return await body(parsed, context).rawValue
            }
        } catch {
            console.error(error.message)
            console.note("usage: \(help.usage(for: error.commandPath))")
            console.note("See '\((["groundwork"] + error.commandPath).joined(separator: " ")) --help'.")
            return ExitCode.usage.rawValue
        }
    }
}
