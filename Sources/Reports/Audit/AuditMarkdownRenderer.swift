public import Compliance
import Foundation
import OrgModel

/// Renders an audit as GitHub-flavoured Markdown: the summary, who can still turn logging off,
/// the separation-of-duties matrix, every result that is not a PASS with its clauses and fix,
/// and the passes in a table, for a pull request, a wiki or an auditor's folder.
public struct AuditMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: AuditReport) -> String {
        var lines: [String] = []
        lines.append("# Audit of \(Self.text(report.organizationName))")
        lines.append("")
        lines.append("| | |")
        lines.append("| --- | --- |")
        lines.append("| Time | \(AuditTimestamp.readable(report.time)) |")
        lines.append("| Management account | \(Self.cell(report.managementAccount)) |")
        lines.append("| Caller | \(Self.code(report.caller.principal)) |")
        lines.append("| Tool | groundwork \(Self.cell(report.toolVersion)) |")
        if !report.frameworks.isEmpty {
            let names = report.frameworks.map { report.frameworkNames[$0] ?? $0.rawValue }
            lines.append("| Frameworks | \(Self.cell(names.joined(separator: ", "))) |")
        }
        if let fingerprint = report.evidenceKeyFingerprint {
            lines.append("| Evidence key | \(Self.code("sha256:" + fingerprint)) |")
        }
        lines.append("")
        let counts = CheckStatus.reportOrder.map { "**\(report.summary.count($0))** \($0.rawValue)" }
        var summary = counts.joined(separator: " · ")
        if report.summary.attested > 0 { summary += " (\(report.summary.attested) attested)" }
        lines.append(summary)
        lines.append("")

        lines.append("## Who can still turn logging off")
        lines.append("")
        if report.loggingDisablers.isEmpty {
            lines.append("Nobody was reported.")
        } else {
            lines.append("No guardrail reaches these principals; each can stop the trail or change its archive.")
            lines.append("")
            for disabler in report.loggingDisablers {
                lines.append(
                    "- **\(Self.text(disabler.name))** (\(disabler.kind.rawValue)): "
                        + Self.text(disabler.reasons.joined(separator: "; ")))
            }
        }
        lines.append("")

        lines.append("## Separation of duties")
        lines.append("")
        let matrix = report.separationOfDuties
        lines.append("| Person | " + matrix.groups.map(\.title).joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " --- |", count: matrix.groups.count))
        for row in matrix.rows {
            var person = Self.cell(row.displayName.map { "\($0) (\(row.person))" } ?? row.person)
            if row.isConcentrated { person = "⚠ **\(person)**" }
            let cells = row.cells.map { cell -> String in
                guard !cell.isEmpty else { return "—" }
                let profiles = Self.cell(cell.profiles.joined(separator: ", "))
                return cell.isAdmin ? "**\(profiles)**" : profiles
            }
            lines.append("| \(person) | " + cells.joined(separator: " | ") + " |")
        }
        if !matrix.concentrated.isEmpty {
            lines.append("")
            lines.append(
                "⚠ Admin in management, security and production at once: "
                    + matrix.concentrated.map(Self.text).joined(separator: ", "))
        }
        lines.append("")

        lines.append("## Findings")
        lines.append("")
        let open = report.results.filter { $0.status != .pass }
        if open.isEmpty { lines.append("Every check passed.") }
        for result in open {
            let title = report.check(result.checkID)?.title ?? result.checkID
            lines.append("### \(result.status.rawValue) · \(Self.text(title))")
            lines.append("")
            lines.append(
                "- Check: \(Self.code(result.checkID)) (\(result.severity.rawValue), \(result.requirement.rawValue))")
            lines.append("- Resource: \(Self.code(result.resource))")
            lines.append("- Finding: \(Self.text(result.message))")
            lines.append("- Fix: \(Self.text(result.remediation))")
            if !result.controls.isEmpty {
                lines.append("- Clauses:")
                for id in result.controls {
                    let title = report.controls[id].map { " — \(Self.text($0.title))" } ?? ""
                    lines.append("  - \(Self.text(id))\(title)")
                }
            }
            if !result.evidence.isEmpty {
                lines.append("- Evidence: " + result.evidence.map(Self.code).joined(separator: ", "))
            }
            lines.append("")
        }

        let passes = report.results.filter { $0.status == .pass }
        if !passes.isEmpty {
            lines.append("## Passed")
            lines.append("")
            lines.append("| Check | Resource | Status | Clauses |")
            lines.append("| --- | --- | --- | --- |")
            for result in passes {
                lines.append(
                    "| \(Self.code(result.checkID)) | \(Self.code(result.resource)) | \(result.statusLabel) | "
                        + Self.cell(result.controls.joined(separator: ", ")) + " |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Text with Markdown and HTML punctuation escaped, on one line.
    static func text(_ value: String) -> String {
        var output = ""
        for character in value {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">": output += "\\\(character)"
            case "\n", "\r": output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// Text for a table cell.
    static func cell(_ value: String) -> String { text(value) }

    /// Inline code; backticks inside become a longer fence.
    static func code(_ value: String) -> String {
        let flat = value.replacingOccurrences(of: "\n", with: " ")
        guard flat.contains("`") else { return "`\(flat)`" }
        return "`` \(flat) ``"
    }
}
