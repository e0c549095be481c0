import AuditLog
import Foundation
import LogStore
import OrgModel
import Support

/// `groundwork logs prune`: remove records past retention, keeping the log verifiable.
enum LogsPruneCommand {
    static let spec = CommandSpec(
        name: "prune",
        abstract: "Remove records older than the retention period; their hashes stay so the log still verifies.",
        discussion: """
            Removes the content of every record whose event time is older than --older-than (e.g. 400d, 18mo, 7y), \
            overwriting the bytes, and keeps each record's leaf hash so 'logs verify' still proves the rest of the \
            log. The pruned ranges are recorded in a statement signed with the store's key.

            --retention, or --spec with the organization spec's audit-log.retention, is the minimum the organization \
            must keep: prune refuses an --older-than shorter than it, so nothing younger is ever removed. With \
            --spec and no --older-than, records older than the spec's retention go. Without --yes, prune only says \
            what it would remove.
            """,
        examples: [
            "groundwork logs prune --spec organization.yaml --yes",
            "groundwork logs prune --older-than 400d --retention 1y",
        ],
        options: [
            OptionSpec(
                "older-than", .value(placeholder: "period"),
                help: "Remove records older than this (e.g. 400d, 18mo, 7y)."),
            OptionSpec(
                "retention", .value(placeholder: "period"),
                help: "The retention the organization requires; anything younger is never removed."
            ),
            OptionSpec(
                "spec", .value(placeholder: "file"),
                help: "Take the retention from this organization spec's audit-log.retention."
            ),
            OptionSpec(
                "source", .value(placeholder: "source"), help: "Only prune this source's records.",
                allowedValues: Event.SourceKind.allCases.map(\.rawValue)
            ),
            OptionSpec("yes", help: "Really remove; without it, only report what would be removed."),
        ] + LogsCommand.storeOptions,
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let path = ["logs", "prune"]
        var retention: TimeInterval?
        var retentionText = arguments.value("retention")
        if let text = retentionText {
            guard let value = LogsTimeArgument.period(text) else {
                return LogsCommand.usage("--retention '\(text)' is not a period like 400d, 18mo or 7y", path, context)
            }
            retention = value
        }
        if let specPath = arguments.value("spec") {
            let organization: Organization
            do {
                organization = try SpecLoader.load(contentsOf: context.resolve(path: specPath).path)
            } catch {
                for diagnostic in error.diagnostics { context.console.note(diagnostic.description) }
                return .failure
            }
            guard let period = organization.auditLog.retention else {
                context.console.error(
                    "'\(specPath)' sets no audit-log.retention: add one (e.g. 'retention: 7y') or pass --retention")
                return .failure
            }
            let seconds = period.days * 86_400
            if seconds > (retention ?? 0) {
                retention = seconds
                retentionText = period.description
            }
        }
        guard let olderThanText = arguments.value("older-than") ?? retentionText else {
            return LogsCommand.usage(
                "missing --older-than: say how old records must be to go (e.g. 400d, 7y), or pass --spec", path, context
            )
        }
        guard let olderThan = LogsTimeArgument.period(olderThanText) else {
            return LogsCommand.usage(
                "--older-than '\(olderThanText)' is not a period like 400d, 18mo or 7y", path, context)
        }
        let source = arguments.value("source").flatMap(Event.SourceKind.init(rawValue:))
        let cutoff = context.now().addingTimeInterval(-olderThan)
        do {
            if !arguments.flag("yes") {
                let store = try LogStore.open(LogsCommand.location(arguments, context), mode: .readOnly)
                if let retention, olderThan < retention {
                    context.console.error(
                        "refusing: --older-than \(olderThanText) is shorter than the required retention \(retentionText ?? "")"
                    )
                    return .failure
                }
                let count = try store.events(EventQuery(source: source, until: cutoff)).count
                context.console.print(
                    "would remove \(count) record(s) older than \(LogsVerifyCommand.format(cutoff)); run again with --yes to remove them"
                )
                return .success
            }
            let store = try LogStore.open(LogsCommand.location(arguments, context), clock: context.now)
            let outcome = try store.prune(before: cutoff, source: source, minimumRetention: retention)
            let ranges = outcome.ranges.map {
                $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)"
            }
            context.console.print(
                outcome.prunedRecords == 0
                    ? "nothing to prune: no record is older than \(LogsVerifyCommand.format(cutoff))"
                    : "pruned \(outcome.prunedRecords) record(s) older than \(LogsVerifyCommand.format(cutoff)) "
                        + "(sequence \(ranges.joined(separator: ", "))); their hashes remain and the log still verifies"
            )
            return .success
        } catch {
            context.console.error(error.message)
            return .failure
        }
    }
}
