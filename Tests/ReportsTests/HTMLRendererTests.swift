import Compliance
import Foundation
import FoundationXML
import Reports
import Testing

@Suite struct HTMLRendererTests {
    let html = AuditHTMLRenderer().render(SampleAudit.report(fingerprint: "ab12cd"))

    @Test func isWellFormedAndSelfContained() throws {
        let (document, wellFormed) = TreeNodeCollector.parse(html)
        #expect(wellFormed, "the report must parse as XML (every element closed, entities escaped)")
        #expect(document.elementNames.first == "html")
        #expect(document.elementNames.contains("style") && document.elementNames.contains("svg"))
        for forbidden in ["script", "link", "img", "iframe", "object", "embed"] {
            #expect(!document.elementNames.contains(forbidden), "<\(forbidden)> fetches or runs something")
        }
        #expect(!html.contains("http://") && !html.contains("https://"), "no URL of any kind: nothing to fetch")
        #expect(!html.contains("src=") && !html.contains("href="))
        #expect(!html.contains("url(") && !html.contains("@import"))
    }

    @Test func hasTheSummaryHeader() {
        let report = SampleAudit.report()
        #expect(html.contains("<h1>Audit of acme</h1>"))
        #expect(html.contains("<dd>2027-01-15 08:00 UTC</dd>"))
        #expect(html.contains("<dd>arn:aws:sts::111111111111:assumed-role/GroundworkAudit/alice</dd>"))
        #expect(html.contains("<dd>groundwork 0.1.0</dd>"))
        #expect(html.contains("<dd>management (111111111111)</dd>"))
        #expect(html.contains("<dd>sha256:ab12cd</dd>"))
        for status in CheckStatus.allCases {
            #expect(
                html.contains(
                    "<span class=\"number\" style=\"color: \(Self.colour(status))\">\(report.summary.count(status))</span><span class=\"label\">\(status.rawValue)</span>"
                ))
        }
    }

    @Test func showsEveryFindingWithItsClausesAndFix() throws {
        let report = SampleAudit.report()
        let open = report.results.filter { $0.status != .pass }
        #expect(html.contains("<h2>Findings (\(open.count))</h2>"))
        for result in open {
            #expect(html.contains("<code>\(result.checkID)</code>"))
        }
        let lock = try #require(report.results.first { $0.checkID == "audit-log.archive-object-lock" })
        for id in lock.controls { #expect(html.contains("<li><strong>\(id)</strong> — ")) }
        #expect(html.contains("<strong>Fix:</strong> enable Object Lock on the archive bucket"))
        #expect(html.contains("<strong>Evidence to attach:</strong>"))
    }

    @Test func drawsTheTreeAndTheMatrix() {
        #expect(html.contains("data-id=\"prod\" data-status=\"FAIL\""))
        #expect(html.contains("<tr class=\"concentrated\"><td class=\"name\">alice"))
        #expect(html.contains("<span class=\"sub\">Dave &lt;Sec&gt; &amp; Co</span>"))
        #expect(html.contains("<td class=\"name\">BreakGlass</td>"))
        #expect(html.contains("<td class=\"name\">root user</td><td>root</td><td>root user of the management account"))
    }

    @Test func aCleanAuditSaysSoAndStaysWellFormed() {
        let passes = SampleAudit.results.filter { $0.status == .pass }
        let report = SampleAudit.report(results: passes)
        let html = AuditHTMLRenderer().render(report)
        #expect(TreeNodeCollector.parse(html).1)
        #expect(html.contains("<h2>Findings (0)</h2>\n<p>Every check passed.</p>"))
        #expect(!html.contains("data-status=\"FAIL\""))
        #expect(AuditMarkdownRenderer().render(report).contains("## Findings\n\nEvery check passed."))
    }

    /// Writes the sample report where `Benchmarks/audit-report/render.sh` asks, so a person can
    /// look at it rendered; skipped otherwise.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GROUNDWORK_AUDIT_REPORT_DIR"] != nil))
    func writesTheSampleReportForTheBenchmarkScript() throws {
        let directory = URL(
            fileURLWithPath: try #require(ProcessInfo.processInfo.environment["GROUNDWORK_AUDIT_REPORT_DIR"]))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let report = SampleAudit.report(fingerprint: String(repeating: "5e", count: 32))
        try Data(AuditHTMLRenderer().render(report).utf8).write(to: directory.appendingPathComponent("audit.html"))
        try Data(AuditMarkdownRenderer().render(report).utf8).write(to: directory.appendingPathComponent("audit.md"))
        try Data(OCSFRenderer().render(report).utf8).write(to: directory.appendingPathComponent("audit.ocsf.json"))
        try Data(OrganizationTreeSVG(standalone: true).render(report.tree).utf8).write(
            to: directory.appendingPathComponent("organization.svg"))
        let written = try String(contentsOf: directory.appendingPathComponent("audit.html"), encoding: .utf8)
        #expect(TreeNodeCollector.parse(written).1)
    }

    static func colour(_ status: CheckStatus) -> String {
        switch status {
        case .pass: "#1a7f37"
        case .fail: "#cf222e"
        case .manual: "#9a6700"
        case .error: "#57606a"
        }
    }
}
