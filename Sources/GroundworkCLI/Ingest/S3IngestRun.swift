import AWS
import AuditLog
import Foundation
import LogStore
import Support

/// `groundwork logs ingest s3://bucket/prefix`: the AWS session from the connection options,
/// a progress line on a terminal, and a summary like the local ingest's plus what was skipped.
///
/// Exit codes: 0 when everything listed is in the store, 2 when a file was rejected or the job
/// could not be done (AWS, store or staging errors, explained), 64 for a malformed location.
enum S3IngestRun {
    static func run(_ path: String, _ arguments: ParsedArguments, _ context: CommandContext) async -> ExitCode {
        let console = context.console
        let location: S3Location
        do {
            location = try S3Location(path)
        } catch {
            return LogsCommand.usage(error.message, ["logs", "ingest"], context)
        }
        var runtime = AWSClient.Runtime(retryPolicy: RetryPolicy(maxAttempts: 5), timeout: .seconds(60))
        if arguments.flag("debug") {
            let err = console.err
            runtime.tracer = AWSTracer { line in err.write(line + "\n") }
        }
        let session: AWSSession
        do {
            session = try AWSSession.load(
                environment: context.environment,
                overrides: AWSConfigResolver.Overrides(
                    profile: arguments.value("profile"), region: arguments.value("region"),
                    endpointURL: arguments.value("endpoint-url")),
                runtime: runtime)
        } catch {
            console.err.write(error.diagnostic.description + "\n")
            return .failure
        }
        let source = arguments.value("source").flatMap(Event.SourceKind.init(rawValue:))
        let mirror = S3LogMirror(client: session.client, location: location)
        let progress = Progress(console: console)
        do {
            let store = try LogStore.open(LogsCommand.location(arguments, context), clock: context.now)
            let summary = try await mirror.run(into: store, source: source) { step in
                progress.update(
                    "\(step.listed) listed, \(step.downloaded)/\(step.toFetch) downloaded, \(step.ingested) ingested, "
                        + "\(step.newRecords) new records")
            }
            progress.finish()
            for rejection in summary.store.rejected {
                console.error("\(rejection) — object rejected, nothing of it stored")
            }
            for key in summary.vanished {
                console.warning("\(location.url(of: key)) was deleted after it was listed; not ingested")
            }
            console.print(describe(summary, location: location, treeSize: store.treeSize))
            return summary.store.rejected.isEmpty ? .success : .failure
        } catch {
            progress.finish()
            console.error((error as? S3IngestError)?.message ?? error.message)
            return .failure
        }
    }

    static func describe(_ summary: S3LogMirror.Summary, location: S3Location, treeSize: UInt64) -> String {
        let objects = summary.listed == 1 ? "1 object" : "\(summary.listed) objects"
        let store = summary.store
        var lines: [String] = []
        if summary.downloaded == 0 && summary.vanished.isEmpty {
            lines.append(
                "nothing new: \(objects) listed under \(location), \(summary.alreadyIngested) already ingested; "
                    + "the log holds \(treeSize) records")
        } else {
            lines.append(
                "ingested \(summary.downloaded) object(s) from \(location) (\(summary.downloadedBytes) bytes): "
                    + "\(store.newRecords) new records, \(store.duplicateRecords) duplicate, "
                    + "\(store.rejected.count) object(s) rejected, \(store.filesUnchanged) with bytes already stored; "
                    + "\(summary.alreadyIngested) skipped as already ingested, \(objects) listed")
        }
        let ignored = summary.digests + summary.notLogs
        if ignored > 0 {
            lines.append("ignored \(ignored) object(s) that hold no records (\(summary.digests) CloudTrail digests)")
        }
        if let note = store.checkpoint, let checkpoint = try? Checkpoint(text: note.text) {
            lines.append(
                "checkpoint: \(checkpoint.size) records, root \(Data(checkpoint.root.bytes).base64EncodedString())")
        }
        return lines.joined(separator: "\n")
    }
}
