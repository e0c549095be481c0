import AWS
import AWSOrganization
import Compliance
import Foundation
import OrgModel
import Planner
import Support

/// `groundwork plan [FILE]`: read the live organization, compare it with the spec, and show the
/// changes apply would make, grouped by area, with what they do to compliance.
///
/// Needs only read permissions (`docs/iam/plan-policy.json`). Exit codes: 0 done (with
/// `--detailed-exitcode`: and nothing to change), 1 changes pending (only with
/// `--detailed-exitcode`), 2 invalid spec or the organization could not be read.
enum PlanCommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Show the changes that would bring the live AWS organization to the spec.",
        discussion: """
            Reads the live organization (Organizations, Identity Center, CloudTrail and the archive bucket through \
            the log-archive account's OrganizationAccountAccessRole) and lists each change: + create, ~ update \
            (field: old → new), → move, - delete. Live things the spec does not mention are listed as unmanaged; \
            they are deleted only with --prune, and accounts never are. Then the compliance findings of the live \
            organization now and of the spec, which is what the organization will be after apply.

            Exit status: 0 done; with --detailed-exitcode 1 when changes are pending; 2 when the spec is invalid or \
            the organization could not be read.
            """,
        examples: [
            "groundwork plan",
            "groundwork plan organization.yaml --out plan.json",
            "groundwork plan --detailed-exitcode --profile management",
        ],
        options: [
            OptionSpec(
                "out", .value(placeholder: "file"),
                help: "Save the plan to apply later with 'groundwork apply --plan FILE'."),
            OptionSpec("detailed-exitcode", help: "Exit 1 when changes are pending (0 only when there are none)."),
            OptionSpec("prune", help: "Plan deletions of live things the spec does not mention (never accounts)."),
        ] + OptionSpec.awsConnection,
        positionals: [PositionalSpec("file", help: "The organization spec (default: organization.yaml).")],
        run: { arguments, context in await run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) async -> ExitCode {
        guard let loaded = SpecFile.load(arguments.positional(0), context) else { return .failure }
        let connection: AWSConnection
        do {
            connection = try AWSConnection(arguments, context, organization: loaded.organization)
        } catch {
            context.console.error("\(error)")
            return .failure
        }
        let planned: PlanningResult
        do {
            planned = try await PlanningResult.make(
                organization: loaded.organization, provider: connection.provider(), prune: arguments.flag("prune"),
                clock: context.now)
        } catch {
            context.console.error(AWSConnection.describe(error))
            return .failure
        }
        planned.print(to: context)
        if let out = arguments.value("out") {
            let url = context.resolve(path: out)
            do {
                try planned.plan.encoded().write(to: url, options: .atomic)
                context.console.note(
                    "Saved plan \(planned.plan.id) to \(out); apply it with 'groundwork apply --plan \(out)'.")
            } catch {
                context.console.error(
                    "could not write the plan to '\(out)' (\(error.localizedDescription)); check the directory exists and is writable"
                )
                return .failure
            }
        }
        return arguments.flag("detailed-exitcode") && !planned.plan.isEmpty ? .findings : .success
    }
}

/// A loaded spec and the path it was named by.
struct SpecFile {
    var organization: Organization
    var shown: String
    var absolute: String

    /// Loads strictly, printing every diagnostic; nil when the spec is invalid.
    static func load(_ argument: String?, _ context: CommandContext) -> SpecFile? {
        let shown = argument ?? "organization.yaml"
        let absolute = context.resolve(path: shown).standardizedFileURL.path
        do {
            return SpecFile(organization: try SpecLoader.load(contentsOf: absolute), shown: shown, absolute: absolute)
        } catch {
            for var diagnostic in error.diagnostics {
                if diagnostic.location?.file == absolute { diagnostic.location?.file = shown }
                context.console.err.write(diagnostic.description + "\n")
            }
            let count = error.diagnostics.count
            context.console.note(
                "\(shown): \(count) problem\(count == 1 ? "" : "s") in the spec; nothing was read or changed")
            return nil
        }
    }
}

/// The AWS side of a command: session, client and provider from `--profile`, `--region`,
/// `--endpoint-url` and `--debug`, as the AWS CLI resolves them. The region defaults to the
/// spec's home region.
struct AWSConnection {
    var session: AWSSession
    var organization: Organization
    var parallelism: Int

    init(_ arguments: ParsedArguments, _ context: CommandContext, organization: Organization, parallelism: Int = 8)
        throws
    {
        var runtime = AWSClient.Runtime(limiter: ConcurrencyLimiter(limit: max(16, parallelism * 2)))
        if arguments.flag("debug") {
            let console = context.console
            runtime.tracer = AWSTracer { console.note($0) }
        }
        let environment = context.environment
        let regionFromEnvironment = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
        let overrides = AWSConfigResolver.Overrides(
            profile: arguments.value("profile"),
            region: arguments.value("region")
                ?? (regionFromEnvironment == nil ? organization.settings.homeRegion : nil),
            endpointURL: arguments.value("endpoint-url"))
        session = try AWSSession.load(environment: environment, overrides: overrides, runtime: runtime)
        self.organization = organization
        self.parallelism = parallelism
    }

    func provider(sleeper: Sleeper = .system) -> AWSOrganizationProvider {
        AWSOrganizationProvider(
            client: session.client, organization: organization, sleeper: sleeper, readParallelism: parallelism)
    }

    /// An error as one line for the terminal.
    static func describe(_ error: any Error) -> String {
        if let error = error as? AWSError, error.isAuthenticationFailure || error.code.contains("AccessDenied") {
            return
                "\(error); check the credentials (--profile, AWS_PROFILE) and that they allow what docs/iam/plan-policy.json lists"
        }
        return "\(error)"
    }
}

/// A fresh plan with the snapshot it came from and its compliance before and after.
struct PlanningResult {
    var plan: Plan
    var snapshot: AWSSnapshot
    var desired: [Resource]
    var findingsNow: [Finding]
    var findingsAfter: [Finding]

    static func make(
        organization: Organization, provider: AWSOrganizationProvider, prune: Bool, clock: DateGenerator
    ) async throws -> PlanningResult {
        let snapshot = try await provider.snapshot()
        let actual = snapshot.resources(managementAccountKey: provider.reader.target.managementAccountKey)
        let desired = try DesiredState(organization: organization, known: snapshot.knownIDs).resources()
        let plan = try PlanBuilder.plan(
            desired: desired, actual: actual, prune: prune, specHash: StateFingerprint.of(desired), clock: clock)
        let checker = ComplianceChecker()
        return PlanningResult(
            plan: plan, snapshot: snapshot, desired: desired,
            findingsNow: checker.check(snapshot.organization(declaredBy: organization)),
            findingsAfter: checker.check(organization))
    }

    func print(to context: CommandContext) {
        let console = context.console
        let colour =
            console.out.isTerminal && context.environment["NO_COLOR"] == nil && context.environment["TERM"] != "dumb"
        console.out.write(PlanTextFormatter(colour: colour).format(plan))
        console.print("")
        console.print("Compliance: \(Self.count(findingsNow)) now → \(Self.count(findingsAfter)) after apply.")
    }

    /// `3 findings (1 high, 2 medium)` or `no findings`.
    static func count(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "no findings" }
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = findings.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(severity.rawValue)"
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(bySeverity.joined(separator: ", ")))"
    }
}
