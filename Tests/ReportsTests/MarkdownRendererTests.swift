import Compliance
import Foundation
@testable import Reports
import Testing

@Suite struct AuditMarkdownRendererTests {
    let markdown = AuditMarkdownRenderer().render(SampleAudit.report(fingerprint: "ab12"))

    @Test func hasTheSummaryMatrixLoggingListAndEveryFinding() {
        #expect(markdown.hasPrefix("# Audit of acme\n"))
        #expect(markdown.contains("| Caller | `arn:aws:sts::111111111111:assumed-role/GroundworkAudit/alice` |"))
        #expect(markdown.contains("| Evidence key | `sha256:ab12` |"))
        let report = SampleAudit.report()
        #expect(markdown.contains("**\(report.summary.count(.fail))** FAIL · **1** ERROR · **1** MANUAL"))
        #expect(markdown.contains("| Person | Management | Security | Production | Non-production |"))
        #expect(markdown.contains("⚠ **Alice Doe (alice)** | **admin** | **admin** | **admin** | **admin** |"))
        #expect(markdown.contains("- **dave** (person): "))
        for result in report.results where result.status != .pass {
            #expect(markdown.contains("- Check: `\(result.checkID)`"))
        }
        #expect(markdown.contains("  - PCI DSS 10.3.2 — Audit log files are protected"))
    }

    @Test func escapesMarkdownAndHTMLInNames() {
        // Dave's display name is "Dave <Sec> & Co".
        #expect(markdown.contains("Dave \\<Sec\\> & Co (dave)"))
        #expect(!markdown.contains("<Sec>"))
    }
}

@Suite struct AuditTextRendererTests {
    @Test func listsWhatIsNotAPassAndSummarises() {
        let report = SampleAudit.report()
        let text = AuditTextRenderer().render(report)
        #expect(
            text.hasPrefix(
                "audit of 'acme' at 2027-01-15T08:00:00Z by arn:aws:sts::111111111111:assumed-role/GroundworkAudit/alice"
            ))
        #expect(text.contains("ERROR [sso.root-mfa] could not check sso.root-mfa: 'iam:GetAccountSummary' failed"))
        #expect(text.contains("MANUAL [sso.identity-center-mfa]"))
        #expect(!text.contains("PASS [audit-log.trail-logging]"))
        #expect(text.contains("who can still turn logging off"))
        #expect(text.contains("admin in management, security and production at once: alice"))
        let summary = report.summary
        #expect(
            text.hasSuffix(
                "\(summary.total) results: \(summary.count(.fail)) FAIL, 1 ERROR, 1 MANUAL, \(summary.count(.pass)) PASS\n"
            ))
        #expect(AuditTextRenderer(listPasses: true).render(report).contains("PASS [audit-log.trail-logging]"))
    }

    @Test func marksAttestedPasses() throws {
        let attestation = Attestation(key: "mfa", fileName: "mfa.png", sha256: "ca66", byteCount: 3)
        let results = try SampleAudit.results.applying([attestation], checks: AuditCheck.liveOnly)
        let text = AuditTextRenderer(listPasses: true).render(SampleAudit.report(results: results))
        #expect(text.contains("PASS (attested) [sso.identity-center-mfa] attested by 'mfa.png' (sha256 ca66)"))
        #expect(text.contains("0 MANUAL"))
        #expect(text.contains("PASS (1 attested)"))
    }
}

@Suite struct AuditTextEvidenceSummaryTests {
    @Test(arguments: [
        (["a"], "a"),
        (["a", "b", "c"], "a, b, c"),
        (["a", "b", "c", "d", "e"], "a, b, c and 2 more (see the evidence manifest)"),
    ])
    func listsAFewThenCounts(ids: [String], expected: String) {
        #expect(AuditTextRenderer.evidenceSummary(ids) == expected)
    }
}
