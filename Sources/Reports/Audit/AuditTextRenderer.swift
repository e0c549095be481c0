public import Compliance

/// Renders an audit for a terminal: every result that is not a PASS with its clauses and fix,
/// who can still turn logging off, anyone holding admin everywhere, and a summary line.
///
/// PASS results are counted, and listed one per line only when `listPasses` is set.
public struct AuditTextRenderer: Sendable {
    /// ANSI colour on the status word; the caller decides (TTY and no `NO_COLOR`).
    public var colour: Bool
    public var listPasses: Bool

    public init(colour: Bool = false, listPasses: Bool = false) {
        self.colour = colour
        self.listPasses = listPasses
    }

    public func render(_ report: AuditReport) -> String {
        var output = "audit of '\(report.organizationName)' at \(AuditTimestamp.rfc3339(report.time))"
        output += " by \(report.caller.principal) (groundwork \(report.toolVersion))\n\n"
        for result in report.results where result.status != .pass || listPasses {
            output += "\(paint(result.statusLabel, result.status)) [\(result.checkID)] \(result.message)\n"
            var facts = "\(result.severity.rawValue) · \(result.requirement.rawValue) · \(result.resource)"
            if !result.controls.isEmpty { facts += " · " + result.controls.joined(separator: ", ") }
            output += "    \(facts)\n"
            if result.status != .pass { output += "    fix: \(result.remediation)\n" }
            if !result.evidence.isEmpty { output += "    evidence: \(Self.evidenceSummary(result.evidence))\n" }
        }
        if !report.loggingDisablers.isEmpty {
            output += "\nwho can still turn logging off (no guardrail reaches them):\n"
            for disabler in report.loggingDisablers {
                output +=
                    "  - \(disabler.name) (\(disabler.kind.rawValue)): \(disabler.reasons.joined(separator: "; "))\n"
            }
        }
        let concentrated = report.separationOfDuties.concentrated
        if !concentrated.isEmpty {
            output +=
                "\nadmin in management, security and production at once: \(concentrated.joined(separator: ", "))\n"
        }
        if let fingerprint = report.evidenceKeyFingerprint {
            output += "\nevidence signed with key sha256:\(fingerprint)\n"
        }
        return output + "\n" + summaryLine(report.summary) + "\n"
    }

    /// `24 results: 3 FAIL, 1 ERROR, 1 MANUAL, 19 PASS (1 attested)`.
    public func summaryLine(_ summary: AuditSummary) -> String {
        let counts = CheckStatus.reportOrder.map { "\(summary.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        let attested = summary.attested > 0 ? " (\(summary.attested) attested)" : ""
        return "\(summary.total) result\(summary.total == 1 ? "" : "s"): \(counts)\(attested)"
    }

    private func paint(_ text: String, _ status: CheckStatus) -> String {
        guard colour else { return text }
        let code =
            switch status {
            case .pass: "1;32"
            case .fail: "1;31"
            case .manual: "1;33"
            case .error: "1;90"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// A few evidence ids, then a count: a verdict can rest on dozens of responses, and the full
    /// list belongs in the evidence manifest, not on a terminal line.
    static func evidenceSummary(_ ids: [String], shown: Int = 3) -> String {
        guard ids.count > shown else { return ids.joined(separator: ", ") }
        return ids.prefix(shown).joined(separator: ", ") + " and \(ids.count - shown) more (see the evidence manifest)"
    }
}
