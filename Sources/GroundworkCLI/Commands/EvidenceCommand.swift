import Digest
import Foundation
import Reports

/// `groundwork evidence verify DIR [--key PUBKEY]`: re-check an evidence bundle written by
/// `groundwork audit --evidence`, offline, as an auditor would.
///
/// Exit codes: 0 intact (signature valid, every item hashes to its manifest entry, nothing added
/// or removed); 1 tampered or signed by another key; 2 not a readable bundle or a bad `--key`.
enum EvidenceCommand {
    static let spec = CommandSpec(
        name: "evidence",
        abstract: "Re-check evidence bundles written by 'groundwork audit --evidence'.",
        subcommands: [verify]
    )

    static let verify = CommandSpec(
        name: "verify",
        abstract: "Check an evidence bundle's signature and every item's SHA-256.",
        discussion: """
            Verifies the Ed25519 signature over manifest.json, re-hashes every file under items/ and checks \
            nothing was added or removed. Without --key the bundle is only shown consistent with the key it \
            carries; pass the key the audit report names (hex public key, or a file holding it) to check who signed.

            Exit status: 0 intact; 1 changed, incomplete or signed by another key; 2 not a bundle or a bad --key.
            """,
        examples: ["groundwork evidence verify audit-evidence", "groundwork evidence verify audit-evidence --key auditor.pub"],
        options: [
            OptionSpec("key", .value(placeholder: "pubkey"), help: "The trusted public key: 64 hex characters, or a file holding them.")
        ],
        positionals: [PositionalSpec("dir", help: "The evidence directory.", isOptional: false)],
        run: { arguments, context in run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard let shown = arguments.positional(0) else {
            console.error("name the evidence directory: 'groundwork evidence verify DIR'")
            return .usage
        }
        var trusted: Ed25519.PublicKey?
        if let key = arguments.value("key") {
            let url = context.resolve(path: key)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? key
            guard let bytes = Hex.decode(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                let parsed = try? Ed25519.PublicKey(rawRepresentation: bytes)
            else {
                console.error("--key '\(key)' is neither 64 hex characters nor a file holding them; pass the key the audit report names")
                return .failure
            }
            trusted = parsed
        }
        let result = EvidenceVerifier(trustedKey: trusted).verify(context.resolve(path: shown))
        guard let manifest = result.manifest else {
            for problem in result.problems { console.error("\(shown): \(problem)") }
            return .failure
        }
        for problem in result.problems { console.error("\(shown): \(problem)") }
        if result.isIntact {
            let signer = trusted == nil ? "the key it carries (pass --key to check who signed)" : "the trusted key"
            console.print(
                "\(shown): intact: \(manifest.items.count) items, audit of '\(manifest.organization)' at \(manifest.time) by \(manifest.caller.principal), signed by \(signer)")
            return .success
        }
        console.print("\(shown): NOT intact: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s")")
        return .findings
    }
}
