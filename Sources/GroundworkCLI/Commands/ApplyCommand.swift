import AWS
import AWSOrganization
import Foundation
import OrgModel
import Planner
import Support

/// `groundwork apply [FILE | --plan plan.json]`: make the changes a plan lists, in dependency
/// order with bounded parallelism, journaling every step so an interrupted run can be finished by
/// running apply again.
///
/// Exit codes: 0 every change made (or none needed), 1 the person answered no, 2 something could
/// not be done (invalid spec, stale plan, a failed step); the message says what to do next.
enum ApplyCommand {
    static let spec = CommandSpec(
        name: "apply",
        abstract: "Change the live AWS organization to match the spec.",
        discussion: """
            Plans as 'groundwork plan' does (or reads a plan saved with --out, refusing it when the live \
            organization or the spec has changed since), shows it, asks before changing anything unless --yes, and \
            applies it. Independent changes run side by side (--parallel); a failed change stops only the changes \
            that depend on it. Every step is journaled (default: .groundwork/journal-<plan id>.jsonl beside the \
            spec); an interrupted apply is finished by running apply again, which plans from the live organization \
            and does only what is left, never creating an account twice.

            Exit status: 0 done; 1 not confirmed; 2 the spec is invalid, the plan is stale or a change failed.
            """,
        examples: [
            "groundwork apply",
            "groundwork apply --plan plan.json --yes",
            "groundwork apply organization.yaml --parallel 8",
        ],
        options: [
            OptionSpec(
                "plan", .value(placeholder: "file"),
                help: "Apply a plan saved by 'groundwork plan --out' instead of planning afresh."),
            OptionSpec("yes", short: "y", help: "Do not ask for confirmation (required when stdin is not a terminal)."),
            OptionSpec("prune", help: "Also delete live things the spec does not mention (never accounts)."),
            OptionSpec(
                "parallel", .value(placeholder: "n"), help: "Most changes in flight at once.", defaultValue: "8"),
            OptionSpec(
                "journal", .value(placeholder: "path"),
                help: "Where to journal each step (default: .groundwork/journal-<plan id>.jsonl beside the spec)."),
        ] + OptionSpec.awsConnection,
        positionals: [PositionalSpec("file", help: "The organization spec (default: organization.yaml).")],
        run: { arguments, context in await run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) async -> ExitCode {
        let console = context.console
        guard let parallel = Int(arguments.value("parallel") ?? "8"), (1...64).contains(parallel) else {
            console.error("--parallel takes a whole number from 1 to 64, not '\(arguments.value("parallel") ?? "")'")
            return .usage
        }
        guard let loaded = SpecFile.load(arguments.positional(0), context) else { return .failure }
        let provider: AWSOrganizationProvider
        do {
            provider = try AWSConnection(arguments, context, organization: loaded.organization, parallelism: parallel)
                .provider()
        } catch {
            console.error("\(error)")
            return .failure
        }

        // Stage 1: the plan, fresh or saved (and then checked against live state and the spec).
        let plan: Plan
        do {
            let fresh = try await PlanningResult.make(
                organization: loaded.organization, provider: provider, prune: arguments.flag("prune"),
                clock: context.now)
            if let path = arguments.value("plan") {
                plan = try Plan.decode(try Data(contentsOf: context.resolve(path: path)))
                try plan.verifyFresh(
                    against: fresh.snapshot.resources(managementAccountKey: provider.reader.target.managementAccountKey)
                )
                guard plan.specHash == fresh.plan.specHash else {
                    console.error(
                        "plan '\(plan.id)' was made from a different spec than '\(loaded.shown)'; run 'groundwork plan --out \(path)' again with this spec"
                    )
                    return .failure
                }
                console.out.write(PlanTextFormatter().format(plan))
            } else {
                plan = fresh.plan
                fresh.print(to: context)
            }
        } catch let error as PlannerError {
            console.error(error.message)
            return .failure
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            console.error(
                "there is no saved plan at '\(arguments.value("plan") ?? "")'; write one with 'groundwork plan --out FILE'"
            )
            return .failure
        } catch {
            console.error(AWSConnection.describe(error))
            return .failure
        }
        guard !plan.isEmpty else {
            console.note("Nothing to apply.")
            return .success
        }

        // Stage 2: confirmation.
        if !arguments.flag("yes") {
            guard context.input.isInteractive else {
                console.error(
                    "apply changes the live organization and needs confirmation, but standard input is not a terminal; review the plan above and pass --yes to apply it"
                )
                return .failure
            }
            console.err.write("Apply these \(plan.summary.changes) changes? Only 'yes' is accepted: ")
            guard context.input.readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
                console.note("Apply cancelled; nothing was changed.")
                return .findings
            }
        }

        // Stage 3: the journal, carrying over steps an interrupted run left in flight.
        let journalURL =
            arguments.value("journal").map(context.resolve(path:))
            ?? URL(fileURLWithPath: loaded.absolute).deletingLastPathComponent()
            .appendingPathComponent(".groundwork/journal-\(plan.id).jsonl")
        let journal: Journal
        do {
            try FileManager.default.createDirectory(
                at: journalURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            journal = try Journal(url: journalURL)
            try await carryOverInFlightSteps(into: journal, plan: plan)
        } catch let error as PlannerError {
            console.error(error.message)
            return .failure
        } catch {
            console.error(
                "could not create the journal's directory (\(error.localizedDescription)); pass --journal PATH")
            return .failure
        }

        // Stage 4: apply.
        let formatter = PlanTextFormatter(colour: console.colorEnabled)
        let executor = PlanExecutor(
            provider: provider, parallelism: parallel, kindLimits: [.account: 4], journal: journal, clock: context.now,
            onEvent: { event, progress in
                if case .started = event { return }
                console.note(formatter.progressLine(event, progress))
            })
        let report: ExecutionReport
        do {
            report = try await executor.applyJustPlanned(plan)
        } catch {
            await journal.close()
            console.error(AWSConnection.describe(error))
            return .failure
        }
        await journal.close()
        console.out.write(formatter.format(report))
        if !report.isComplete { console.note("Journal: \(journalURL.path)") }
        return report.isComplete ? .success : .failure
    }

    /// Copies, from earlier journals beside this one, the records of steps that were started or
    /// checkpointed but never finished, so the provider sees them (an account creation request
    /// already accepted) even though the new plan has another id.
    static func carryOverInFlightSteps(into journal: Journal, plan: Plan) async throws {
        let directory = journal.url.deletingLastPathComponent()
        let stepIDs = Set(plan.steps.map(\.id))
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for file in files where file.pathExtension == "jsonl" && file.lastPathComponent != journal.url.lastPathComponent
        {
            guard let entries = try? Journal.read(file) else { continue }
            var byStep: [String: [JournalEntry]] = [:]
            for entry in entries where stepIDs.contains(entry.stepID) {
                byStep[entry.stepID, default: []].append(entry)
            }
            for (_, history) in byStep.sorted(by: { $0.key < $1.key }) {
                guard let last = history.last, last.status == .started || last.status == .checkpoint else { continue }
                for entry in history where entry.status == .checkpoint { try await journal.append(entry) }
            }
        }
    }
}
