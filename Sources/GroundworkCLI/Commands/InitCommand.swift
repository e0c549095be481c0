import Foundation
import OrgModel
import Support

/// `groundwork init [FILE]`: write a starter spec that follows the blueprint and passes `check`.
/// It never overwrites a file: a spec is the organization's record, and losing one to a typo is
/// worse than asking the user to choose another name.
enum InitCommand {
    static let defaultFrameworks: [Framework] = [.soc2, .iso27001]

    static let spec = CommandSpec(
        name: "init",
        abstract: "Write a starter organization spec that passes check.",
        discussion: """
            Writes a commented spec following the blueprint: a management account that hosts nothing, a Security \
            unit with the log archive and security tooling, production and non-production in separate units, SSO \
            with MFA and access through groups, every guardrail, and an immutable organization-wide audit log kept \
            as long as the chosen frameworks require. It never overwrites an existing file.
            """,
        examples: ["groundwork init", "groundwork init --name acme --frameworks soc2,hipaa infra/organization.yaml"],
        options: [
            OptionSpec(
                "name", .value(placeholder: "name"),
                help: "The organization's name (default: the current directory's name)."),
            OptionSpec(
                "frameworks", .repeated(placeholder: "list", splitOnComma: true),
                help: "Frameworks to hold the organization to, comma-separated.",
                allowedValues: Framework.allCases.map(\.rawValue),
                defaultValue: defaultFrameworks.map(\.rawValue).joined(separator: ",")
            ),
        ],
        positionals: [PositionalSpec("file", help: "Where to write the spec (default: organization.yaml).")],
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let shown = arguments.positional(0) ?? "organization.yaml"
        let url = context.resolve(path: shown)
        let given = arguments.values("frameworks").compactMap(Framework.init(rawValue:))
        var frameworks: [Framework] = []
        for framework in given.isEmpty ? defaultFrameworks : given where !frameworks.contains(framework) {
            frameworks.append(framework)
        }
        let name = arguments.value("name") ?? defaultName(context.workingDirectory)

        guard !FileManager.default.fileExists(atPath: url.path) else {
            context.console.error(
                "'\(shown)' already exists; groundwork init never overwrites a spec. Choose another FILE, or move the existing one away first."
            )
            return .failure
        }
        let text = StarterSpec.render(name: name, frameworks: frameworks)
        do {
            // `.withoutOverwriting` creates the file exclusively, so a file appearing meanwhile is not clobbered.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            let directory = url.deletingLastPathComponent().path
            let reason =
                FileManager.default.fileExists(atPath: directory)
                ? "it could not be created (\(error.localizedDescription))"
                : "directory '\(directory)' does not exist"
            context.console.error("cannot write '\(shown)': \(reason)")
            return .failure
        }
        context.console.print("wrote \(shown) for '\(name)' (\(frameworks.map(\.rawValue).joined(separator: ", ")))")
        context.console.note("next: add your people to the groups, then run 'groundwork check \(shown)'")
        return .success
    }

    /// The working directory's name, the usual name of the repository that holds the spec.
    static func defaultName(_ directory: URL) -> String {
        let name = directory.standardizedFileURL.lastPathComponent
        return name.isEmpty || name == "/" ? "example" : name
    }
}
