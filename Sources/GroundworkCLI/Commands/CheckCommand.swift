import Compliance
import Foundation
import OrgModel
import Reports
import Support

/// `groundwork check [FILE]`: load the spec strictly, run every rule, print the findings.
///
/// Exit codes: 0 when no finding is at or above `--fail-on`, 1 when one is, 2 when the spec
/// cannot be read or is invalid (every problem printed to stderr, no findings computed).
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check an organization spec against the four requirements.",
        discussion: """
            Loads the spec strictly (every problem in the file is reported at once, and an invalid spec is never \
            checked) and runs every rule: isolation of production, single sign-on, separation of security from \
            workloads and management, the central audit log, and the management account. Each finding names its \
            rule, the line at fault, the fix and the framework controls it bears on.

            Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 when the spec is invalid.
            """,
        examples: [
            "groundwork check",
            "groundwork check infra/organization.yaml --fail-on high",
            "groundwork check --format sarif > groundwork.sarif",
        ],
        options: [
            .format(["text", "json", "sarif"]),
            OptionSpec(
                "fail-on", .value(placeholder: "severity"),
                help: "Exit 1 when a finding is at or above this severity.",
                allowedValues: Severity.allCases.map(\.rawValue), defaultValue: "low"
            ),
        ],
        positionals: [PositionalSpec("file", help: "The organization spec (default: organization.yaml).")],
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let shown = arguments.positional(0) ?? "organization.yaml"
        let absolute = context.resolve(path: shown).standardizedFileURL.path
        let failOn = arguments.value("fail-on").flatMap(Severity.init(rawValue:)) ?? .low

        // Stage 1: load strictly; an invalid spec stops here with every diagnostic.
        let organization: Organization
        do {
            organization = try SpecLoader.load(contentsOf: absolute)
        } catch {
            for diagnostic in error.diagnostics {
                context.console.err.write(relabel(diagnostic, from: absolute, to: shown).description + "\n")
            }
            // A count only helps when the file was read; a missing file has said all there is.
            if error.diagnostics.contains(where: { $0.location != nil }) {
                let count = error.diagnostics.count
                context.console.note("\(shown): \(count) problem\(count == 1 ? "" : "s") in the spec; nothing was checked")
            }
            return .failure
        }

        // Stage 2: check, then render in the chosen format.
        let checker = ComplianceChecker()
        let findings = checker.check(organization)
        let output: String
        switch arguments.value("format") ?? "text" {
        case "json":
            output = JSONRenderer().render(findings.map { relabel($0, from: absolute, to: shown) })
        case "sarif":
            let root =
                repositoryRoot(containing: URL(fileURLWithPath: absolute).deletingLastPathComponent())
                ?? context.workingDirectory.standardizedFileURL.path
            output = SARIFRenderer(
                toolVersion: GroundworkVersion.current,
                rules: checker.rules.map(\.metadata),
                repositoryRoot: root,
                defaultArtifact: absolute
            ).render(findings)
        default:
            let colour =
                context.console.out.isTerminal && context.environment["NO_COLOR"] == nil
                && context.environment["TERM"] != "dumb"
            output = TextRenderer(colour: colour).render(findings.map { relabel($0, from: absolute, to: shown) })
        }
        context.console.out.write(output)
        return findings.contains { $0.severity >= failOn } ? .findings : .success
    }

    /// The finding with its location naming the file as the user typed it.
    private static func relabel(_ finding: Finding, from absolute: String, to shown: String) -> Finding {
        var finding = finding
        if finding.location?.file == absolute { finding.location?.file = shown }
        return finding
    }

    private static func relabel(_ diagnostic: Diagnostic, from absolute: String, to shown: String) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.location?.file == absolute { diagnostic.location?.file = shown }
        return diagnostic
    }

    /// The nearest ancestor holding `.git`, so SARIF paths are relative to the repository root.
    static func repositoryRoot(containing directory: URL) -> String? {
        var current = directory.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) {
                return current.path
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
