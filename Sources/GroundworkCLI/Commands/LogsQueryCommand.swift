import AuditLog
import Foundation
import LogStore
import Support

/// `groundwork logs query`: find what happened, newest first.
enum LogsQueryCommand {
    static let spec = CommandSpec(
        name: "query",
        abstract: "Find events by actor, action, account, source and time, newest first.",
        discussion: """
            --actor matches a person or principal by any name the logs give it — user name, email, principal id, \
            session, the role it came through or that role's name (case-insensitive, exact). --action matches \
            'cloudtrail:StopLogging' exactly, or 'StopLogging' under any service. --since and --until take a date \
            (2024-07-31), a time (2024-07-31T13:06:24Z) or a period back from now (90m, 24h, 7d, 18mo).

            Results stream as they are read: 'table' for people, 'json' (an array) or 'ndjson' (one event per line) \
            for tools; both include each record verbatim under "record".
            """,
        examples: [
            "groundwork logs query --actor alice@example.com --since 7d",
            "groundwork logs query --action StopLogging --format ndjson | jq .record.sourceIPAddress",
        ],
        options: [
            OptionSpec("actor", .value(placeholder: "who"), help: "User name, email, principal id, session or role."),
            OptionSpec(
                "action", .value(placeholder: "action"), help: "Action, e.g. cloudtrail:StopLogging or StopLogging."),
            OptionSpec(
                "account", .value(placeholder: "id"), help: "AWS account id, GitHub organization or Okta domain."),
            OptionSpec(
                "source", .value(placeholder: "source"), help: "Only this source.",
                allowedValues: Event.SourceKind.allCases.map(\.rawValue)
            ),
            OptionSpec("since", .value(placeholder: "time"), help: "Events at or after this time."),
            OptionSpec("until", .value(placeholder: "time"), help: "Events before this time."),
            OptionSpec("limit", .value(placeholder: "n"), help: "At most this many events."),
            .format(["table", "json", "ndjson"]),
        ] + LogsCommand.storeOptions,
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let path = ["logs", "query"]
        var query = EventQuery(
            actor: arguments.value("actor"), action: arguments.value("action"), account: arguments.value("account"),
            source: arguments.value("source").flatMap(Event.SourceKind.init(rawValue:))
        )
        for (name, keyPath) in [("since", \EventQuery.since), ("until", \EventQuery.until)] {
            guard let text = arguments.value(name) else { continue }
            guard let date = LogsTimeArgument.date(text, now: context.now()) else {
                return LogsCommand.usage(
                    "--\(name) '\(text)' is not a date (2024-07-31), a time (2024-07-31T13:06:24Z) or a period (7d)",
                    path, context
                )
            }
            query[keyPath: keyPath] = date
        }
        if let text = arguments.value("limit") {
            guard let limit = Int(text), limit > 0 else {
                return LogsCommand.usage("--limit '\(text)' is not a positive number", path, context)
            }
            query.limit = limit
        }
        let renderer = LogsEventRenderer(
            format: LogsEventRenderer.Format(rawValue: arguments.value("format") ?? "table") ?? .table,
            sink: context.console.out)
        do {
            let store = try LogStore.open(LogsCommand.location(arguments, context), mode: .readOnly)
            renderer.begin()
            try store.query(query) { stored in
                renderer.render(stored)
                return true
            }
            renderer.end()
            return .success
        } catch {
            renderer.end()
            context.console.error(error.message)
            return .failure
        }
    }
}
