import Foundation
import LogStore

/// `groundwork logs verify`: prove the store still matches what it signed.
enum LogsVerifyCommand {
    static let spec = CommandSpec(
        name: "verify",
        abstract: "Check every record against the signed Merkle log; exit 1 on any tampering.",
        discussion: """
            Re-hashes every stored record, rebuilds the Merkle tree, and compares it with every signed checkpoint \
            in the store and with the copy kept beside it. Any modified, deleted, reordered, inserted or truncated \
            record is reported with its sequence number and the exit code is 1. Records removed by 'logs prune' \
            are accepted only inside the signed prune statements, and listed.

            --checkpoint FILE checks an older checkpoint kept elsewhere: the store must extend it (RFC 6962 \
            consistency proof) and it must be signed by the store's key. --trusted-key FILE checks signatures \
            with a key kept elsewhere instead of the store's pinned key; together they expose a store replaced \
            wholesale by one signed with another key.
            """,
        examples: [
            "groundwork logs verify",
            "groundwork logs verify --checkpoint 2025-01-01.checkpoint --trusted-key groundwork.vkey",
        ],
        options: [
            OptionSpec(
                "checkpoint", .repeated(placeholder: "file", splitOnComma: false),
                help: "A checkpoint kept outside the store; the store must be consistent with it."
            ),
            OptionSpec(
                "trusted-key", .value(placeholder: "file"),
                help: "The verifier key to trust (from 'logs checkpoint --public-key') instead of the pinned one."
            ),
            .format(["text", "json"]),
        ] + LogsCommand.storeOptions,
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        var external: [SignedNote] = []
        for path in arguments.values("checkpoint") {
            do {
                let text = try String(contentsOf: context.resolve(path: path), encoding: .utf8)
                external.append(try SignedNote(parsing: text))
            } catch {
                console.error("cannot read checkpoint '\(path)': \(error.message)")
                return .failure
            }
        }
        var trusted: NoteVerifierKey?
        if let path = arguments.value("trusted-key") {
            do {
                trusted = try NoteVerifierKey(text: String(contentsOf: context.resolve(path: path), encoding: .utf8))
            } catch {
                console.error("cannot read trusted key '\(path)': \(error.message)")
                return .failure
            }
        }
        let location = LogsCommand.location(arguments, context)
        let report: VerificationReport
        do {
            report = try LogStore.verify(location, external: external, trustedKey: trusted)
        } catch {
            console.error(error.message)
            return .failure
        }
        if arguments.value("format") == "json" {
            console.print(json(report))
        } else {
            text(report, location: location, console: console)
        }
        return report.isIntact ? .success : .findings
    }

    private static func text(_ report: VerificationReport, location: StoreLocation, console: Console) {
        let checkpoint = report.latestCheckpoint.map {
            "latest checkpoint: \($0.size) records signed \(Self.format($0.time)) by \($0.origin)"
        }
        if report.isIntact {
            console.print(
                console.style("intact:", .green)
                    + " \(report.recordCount) records (\(report.recordsHashed) re-hashed, \(report.prunedRecords) pruned), "
                    + "\(report.checkpointsChecked) signed checkpoints agree"
            )
        } else {
            console.print(
                console.style("TAMPERED:", .red)
                    + " \(report.findings.count) finding(s) in \(location.directory.path) "
                    + "(\(report.recordCount) records, \(report.checkpointsChecked) checkpoints)"
            )
            for finding in report.findings {
                let place = finding.sequence.map { "record \($0): " } ?? ""
                console.print("  \(place)\(finding.kind.rawValue) — \(finding.message)")
            }
        }
        if let checkpoint { console.print(checkpoint) }
        for note in report.notes { console.print("note: \(note)") }
    }

    private static func json(_ report: VerificationReport) -> String {
        var object: [String: Any] = [
            "intact": report.isIntact,
            "recordCount": report.recordCount,
            "recordsHashed": report.recordsHashed,
            "prunedRecords": report.prunedRecords,
            "checkpointsChecked": report.checkpointsChecked,
            "findings": report.findings.map { finding -> [String: Any] in
                var item: [String: Any] = ["kind": finding.kind.rawValue, "message": finding.message]
                if let sequence = finding.sequence { item["sequence"] = sequence }
                return item
            },
            "notes": report.notes,
        ]
        if let latest = report.latestCheckpoint {
            object["latestCheckpoint"] = [
                "origin": latest.origin, "size": latest.size, "root": Data(latest.root.bytes).base64EncodedString(),
                "time": format(latest.time),
            ]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
