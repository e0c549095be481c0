import AWS
import AWSOrganization
import Compliance
import Foundation
import OrgModel
import Reports
import Support

/// `groundwork audit`: prove, from the live APIs, that the organization meets the four
/// requirements, with every API answer a verdict rests on kept as signed evidence.
///
/// Exit codes (ARCHITECTURE.md): 0 no FAIL at or above `--fail-on` and every check ran; 1 a FAIL
/// at or above `--fail-on`; 2 the audit could not be done (organization unreadable, a check
/// could not run, output not writable).
enum AuditCommand {
    static let spec = CommandSpec(
        name: "audit",
        abstract: "Prove the live AWS organization meets the four requirements, with evidence.",
        discussion: """
            Reads the live organization read-only (Organizations, Identity Center, CloudTrail, and inside every \
            account through OrganizationAccountAccessRole: IAM users, root user, identity providers, role trust \
            policies, the archive bucket) and judges it: every rule of 'check' on the live organization, the audit \
            log (trail, archive bucket, Object Lock, protecting guardrail, KMS key), shadow access, isolation and \
            separation. With --spec, every difference from the spec is a finding too. Identity Center MFA has no \
            API: it is MANUAL until attested with --attest mfa=FILE. A denied call is ERROR, never FAIL.

            Exit status: 0 no FAIL at or above --fail-on and every check ran; 1 a FAIL at or above --fail-on; \
            2 the audit could not be completed (some check is ERROR, or the organization could not be read).
            """,
        examples: [
            "groundwork audit --spec organization.yaml",
            "groundwork audit --spec organization.yaml --report audit-report --evidence audit-evidence",
            "groundwork audit --format json > findings.ocsf.json",
            "groundwork audit --attest mfa=idc-mfa-settings.png --fail-on high",
        ],
        options: [
            OptionSpec("spec", .value(placeholder: "file"), help: "The organization spec: its intentions (stages, frameworks, retention) and drift from it as findings."),
            .format(["text", "json", "sarif", "markdown", "html"]),
            OptionSpec("report", .value(placeholder: "dir"), help: "Write a self-contained HTML report (index.html) and Markdown (report.md) into this directory."),
            OptionSpec("evidence", .value(placeholder: "dir"), help: "Write every API answer the verdicts rest on, with a manifest signed with Ed25519, into this new directory."),
            OptionSpec("signing-key", .value(placeholder: "file"), help: "Sign the evidence with this key (64 hex characters, mode 0600) instead of a fresh one."),
            OptionSpec("attest", .repeated(placeholder: "key=file", splitOnComma: false), help: "Attach a file that settles a MANUAL check (mfa=FILE); it is hashed into the evidence."),
            OptionSpec(
                "fail-on", .value(placeholder: "severity"), help: "Exit 1 when a FAIL is at or above this severity.",
                allowedValues: Severity.allCases.map(\.rawValue), defaultValue: "low"),
        ] + OptionSpec.awsConnection,
        run: { arguments, context in await run(arguments, context) }
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) async -> ExitCode {
        let console = context.console
        let failOn = arguments.value("fail-on").flatMap(Severity.init(rawValue:)) ?? .low

        // Stage 1: inputs (spec, attestations) before any call.
        var spec: Organization?
        if let path = arguments.value("spec") {
            guard let loaded = SpecFile.load(path, context) else { return .failure }
            spec = loaded.organization
        }
        var attestations: [Attestation] = []
        var attestationItems: [EvidenceItem] = []
        for argument in arguments.values("attest") {
            do {
                let (attestation, item) = try AttestationFile.load(argument, relativeTo: context.workingDirectory)
                attestations.append(attestation)
                attestationItems.append(item)
            } catch {
                console.error("\(error)")
                return .failure
            }
        }
        var signingKey: EvidenceSigningKey?
        if arguments.value("evidence") != nil {
            do {
                signingKey =
                    try arguments.value("signing-key").map { try EvidenceSigningKey.load(from: context.resolve(path: $0)) }
                    ?? EvidenceSigningKey.generate()
            } catch {
                console.error("\(error)")
                return .failure
            }
        }

        // Stage 2: read and judge.
        let connection: AWSConnection
        do {
            let placeholder = Organization(settings: OrganizationSettings(name: "organization", homeRegion: ""))
            connection = try AWSConnection(arguments, context, organization: spec ?? placeholder)
        } catch {
            console.error("\(error)")
            return .failure
        }
        let progress = Progress(console: console)
        let audit = LiveAudit(
            client: connection.session.client, spec: spec, attestations: attestations, toolVersion: GroundworkVersion.current,
            parallelism: connection.parallelism, progress: { progress.update("audit: \($0)…") })
        var outcome: LiveAudit.Outcome
        do {
            outcome = try await audit.run(time: context.now())
        } catch {
            progress.finish()
            console.error("could not audit the organization: \(AWSConnection.describe(error))")
            return .failure
        }
        progress.finish()

        // Stage 3: evidence first, so the report can name the key.
        if let directory = arguments.value("evidence"), let signingKey {
            outcome.report.evidenceKeyFingerprint = EvidenceSigningKey.fingerprint(of: signingKey.publicKey)
            do {
                try EvidenceBundle(
                    organization: outcome.report.organizationName, caller: outcome.report.caller,
                    toolVersion: outcome.report.toolVersion, time: outcome.report.time
                ).write(
                    outcome.evidence + attestationItems, attestations: attestations, signedWith: signingKey,
                    to: context.resolve(path: directory))
                console.note("Wrote \(outcome.evidence.count + attestationItems.count) evidence items to \(directory) (key \(outcome.report.evidenceKeyFingerprint ?? "")).")
            } catch {
                console.error("could not write the evidence to '\(directory)': \(error)")
                return .failure
            }
        }
        if let directory = arguments.value("report") {
            let url = context.resolve(path: directory)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                try Data(AuditHTMLRenderer().render(outcome.report).utf8).write(
                    to: url.appendingPathComponent("index.html"), options: .atomic)
                try Data(AuditMarkdownRenderer().render(outcome.report).utf8).write(
                    to: url.appendingPathComponent("report.md"), options: .atomic)
                console.note("Wrote the report to \(directory)/index.html and \(directory)/report.md.")
            } catch {
                console.error("could not write the report to '\(directory)' (\(error.localizedDescription)); check the directory is writable")
                return .failure
            }
        }

        let report = outcome.report
        switch arguments.value("format") ?? "text" {
        case "json": console.out.write(OCSFRenderer().render(report))
        case "sarif": console.out.write(AuditSARIFRenderer().render(report))
        case "markdown": console.out.write(AuditMarkdownRenderer().render(report))
        case "html": console.out.write(AuditHTMLRenderer().render(report))
        default:
            let colour = console.out.isTerminal && context.environment["NO_COLOR"] == nil && context.environment["TERM"] != "dumb"
            console.out.write(AuditTextRenderer(colour: colour).render(report))
        }
        if report.fails(atOrAbove: failOn) { return .findings }
        if report.hasErrors {
            console.note("some checks could not run (ERROR): the audit is incomplete; give the auditing role the permissions named above")
            return .failure
        }
        return .success
    }
}
