import Foundation
import LogStore

/// `groundwork logs checkpoint`: print the latest signed checkpoint for anchoring elsewhere.
enum LogsCheckpointCommand {
    static let spec = CommandSpec(
        name: "checkpoint",
        abstract: "Print the latest signed checkpoint (or the store's public key) to keep elsewhere.",
        discussion: """
            A checkpoint is a small signed note (C2SP tlog-checkpoint: origin, tree size, root hash, time). Keep it \
            where the store's owner cannot rewrite it — an S3 Object Lock bucket, a ticket, an email — and later \
            run 'groundwork logs verify --checkpoint FILE' to prove the store still extends it. --public-key \
            prints the verifier key instead, for 'logs verify --trusted-key'.
            """,
        examples: ["groundwork logs checkpoint > $(date +%F).checkpoint", "groundwork logs checkpoint --public-key"],
        options: [OptionSpec("public-key", help: "Print the store's verifier key instead of the checkpoint.")]
            + LogsCommand.storeOptions,
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        do {
            let store = try LogStore.open(LogsCommand.location(arguments, context), mode: .readOnly)
            if arguments.flag("public-key") {
                context.console.print(store.pinnedKey.text)
                return .success
            }
            guard let note = try store.latestCheckpoint() else {
                context.console.error("the store is empty: ingest logs first with 'groundwork logs ingest PATH'")
                return .failure
            }
            context.console.out.write(note.serialized)
            return .success
        } catch {
            context.console.error(error.message)
            return .failure
        }
    }
}
