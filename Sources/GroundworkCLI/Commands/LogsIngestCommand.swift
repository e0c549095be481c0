import AuditLog
import Foundation
import LogStore

/// `groundwork logs ingest PATH`: add log files to the store.
enum LogsIngestCommand {
    static let spec = CommandSpec(
        name: "ingest",
        abstract: "Add CloudTrail, GitHub or Okta log files to the store.",
        discussion: """
            PATH is a log file or a directory (CloudTrail's AWSLogs/<org>/<account>/CloudTrail/<region>/YYYY/MM/DD \
            tree is recognized; digest files are skipped), or s3://bucket/prefix to read the objects under the \
            prefix straight from S3 (listing and downloading concurrently; objects ingested by an earlier run are \
            skipped, so an interrupted run resumes where it stopped; credentials and region as the AWS CLI finds them). Files may be .json, .json.gz or NDJSON, with a Records \
            array, a plain array, or one record per line. The source is detected per file unless --source is given.

            Each file is stored whole or not at all, and signed into a new checkpoint. A record already in the \
            store (same source and event id, else the same bytes) is counted as a duplicate and not stored again; \
            files unchanged since an earlier run are skipped without being read. A malformed or truncated file is \
            rejected with its name and the record where it breaks, nothing of it is stored, and the exit code is 2.
            """,
        examples: [
            "groundwork logs ingest ./AWSLogs", "groundwork logs ingest s3://org-trail/AWSLogs/ --profile audit",
            "groundwork logs ingest okta-export.ndjson --source okta",
        ],
        options: [
            OptionSpec(
                "source", .value(placeholder: "source"),
                help: "Read every file as this source instead of detecting it.",
                allowedValues: Event.SourceKind.allCases.map(\.rawValue)
            )
        ] + LogsCommand.storeOptions + OptionSpec.awsConnection,
        positionals: [
            PositionalSpec(
                "path", help: "A log file, a directory of log files, or s3://bucket/prefix.", isOptional: false)
        ],
        run: { arguments, context in
            if let path = arguments.positional(0), path.lowercased().hasPrefix("s3://") {
                return await S3IngestRun.run(path, arguments, context)
            }
            return run(arguments, context)
        }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard let path = arguments.positional(0) else {
            return LogsCommand.usage("missing PATH: name a log file or directory", ["logs", "ingest"], context)
        }
        let source = arguments.value("source").flatMap(Event.SourceKind.init(rawValue:))
        let progress = Progress(console: console)
        do {
            let store = try LogStore.open(LogsCommand.location(arguments, context), clock: context.now)
            let summary = try store.ingest(context.resolve(path: path), source: source) { step in
                progress.update(
                    "[\(step.filesDone)/\(step.filesTotal)] \(step.newRecords) new, \(step.duplicateRecords) duplicate — \(step.currentFile)"
                )
            }
            progress.finish()
            for rejection in summary.rejected {
                console.error("\(rejection) — file rejected, nothing of it stored")
            }
            console.print(describe(summary, treeSize: store.treeSize))
            return summary.rejected.isEmpty ? .success : .failure
        } catch {
            progress.finish()
            console.error(error.message)
            return .failure
        }
    }

    static func describe(_ summary: IngestSummary, treeSize: UInt64) -> String {
        let files = summary.filesFound == 1 ? "1 file" : "\(summary.filesFound) files"
        var lines: [String] = []
        if summary.addedNothing && summary.rejected.isEmpty {
            lines.append(
                "nothing new: \(files) checked, \(summary.filesUnchanged) unchanged since an earlier ingest, "
                    + "\(summary.duplicateRecords) duplicate records; the log holds \(treeSize) records"
            )
        } else {
            lines.append(
                "ingested \(files): \(summary.newRecords) new records, \(summary.duplicateRecords) duplicate, "
                    + "\(summary.rejected.count) file(s) rejected, \(summary.filesUnchanged) unchanged"
            )
        }
        if summary.filesIgnored > 0 { lines.append("ignored \(summary.filesIgnored) file(s) that hold no records") }
        if let note = summary.checkpoint, let checkpoint = try? Checkpoint(text: note.text) {
            lines.append(
                "checkpoint: \(checkpoint.size) records, root \(Data(checkpoint.root.bytes).base64EncodedString())"
            )
        }
        return lines.joined(separator: "\n")
    }
}

extension Error {
    /// The message a person should read: our typed errors' own text, else the description.
    var message: String {
        if let error = self as? LogStoreError { return error.message }
        return String(describing: self)
    }
}
