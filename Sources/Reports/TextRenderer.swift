public import Compliance
import Support

/// Renders findings the way a compiler prints diagnostics, so editors and CI logs can jump to
/// them: `file:line:col: error: [rule-id] message`, then the severity, requirement and controls,
/// then the fix, and a summary line.
public struct TextRenderer: Sendable {
    /// ANSI colour on the level word; the caller decides (TTY and no `NO_COLOR`).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ findings: [Finding]) -> String {
        var output = ""
        for finding in findings {
            if let location = finding.location { output += "\(location): " }
            output +=
                "\(paint(finding.severity.level, for: finding.severity)): [\(finding.ruleID)] \(finding.message)\n"
            var facts = "\(finding.severity.rawValue) · \(finding.requirement.rawValue) · \(finding.resource)"
            if !finding.controls.isEmpty { facts += " · " + finding.controls.joined(separator: ", ") }
            output += "    \(facts)\n"
            output += "    fix: \(finding.remediation)\n"
        }
        return output + summaryLine(FindingSummary(findings)) + "\n"
    }

    /// `3 findings: 1 critical, 2 high` or `no findings`.
    public func summaryLine(_ summary: FindingSummary) -> String {
        guard summary.total > 0 else { return "no findings" }
        let counts = summary.bySeverity.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }
        return "\(summary.total) finding\(summary.total == 1 ? "" : "s"): " + counts.joined(separator: ", ")
    }

    private func paint(_ text: String, for severity: Severity) -> String {
        guard colour else { return text }
        let code =
            switch severity {
            case .critical, .high: "1;31"
            case .medium: "1;33"
            case .low: "1;36"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
