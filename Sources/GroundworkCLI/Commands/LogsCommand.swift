import Foundation
import LogStore
import Support

/// `groundwork logs …`: the central audit log kept locally, tamper-evident and queryable.
enum LogsCommand {
    static let spec = CommandSpec(
        name: "logs",
        abstract: "Ingest, verify, query and prune the tamper-evident audit-log store.",
        discussion: """
            Groundwork keeps its own copy of the organization's audit logs (CloudTrail, GitHub, Okta): every \
            record verbatim in an append-only Merkle log (RFC 6962), with a checkpoint signed with Ed25519 after \
            every ingested file. Anyone holding an old checkpoint or the store's public key can prove later that \
            no record was changed, removed or reordered.

            The store lives in --store DIR (default: $XDG_DATA_HOME/groundwork, else ~/.local/share/groundwork), \
            created with mode 0700 and its files 0600. The signing key is DIR/checkpoint.key unless --key names \
            another file; its public half is pinned in DIR/checkpoint.vkey when the store is created.
            """,
        examples: [
            "groundwork logs ingest ./AWSLogs",
            "groundwork logs verify --checkpoint anchored.checkpoint",
            "groundwork logs query --actor alice@example.com --since 7d",
        ],
        subcommands: [
            LogsIngestCommand.spec,
            LogsVerifyCommand.spec,
            LogsCheckpointCommand.spec,
            LogsQueryCommand.spec,
            LogsPruneCommand.spec,
        ]
    )

    /// `--store` and `--key`, shared by every `logs` subcommand.
    static let storeOptions: [OptionSpec] = [
        OptionSpec(
            "store", .value(placeholder: "dir"),
            help: "The store directory (default: $XDG_DATA_HOME/groundwork, else ~/.local/share/groundwork)."
        ),
        OptionSpec(
            "key", .value(placeholder: "file"),
            help: "The Ed25519 signing key (default: checkpoint.key in the store directory; created 0600 if missing)."
        ),
    ]

    /// The store location from `--store`/`--key`, resolved against the working directory.
    static func location(_ arguments: ParsedArguments, _ context: CommandContext) -> StoreLocation {
        let store = arguments.value("store").map { context.resolve(path: $0).path }
        let key = arguments.value("key").map { context.resolve(path: $0).path }
        return StoreLocation.resolve(store: store, key: key, environment: context.environment)
    }

    /// Prints a usage error the way the parser does, and returns exit code 64.
    static func usage(_ message: String, _ path: [String], _ context: CommandContext) -> ExitCode {
        context.console.error(message)
        context.console.note("See 'groundwork \(path.joined(separator: " ")) --help'.")
        return .usage
    }
}
