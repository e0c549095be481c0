import Compliance
import Reports
import Testing

@Suite struct TextRendererTests {
    @Test func printsCompilerStyleLinesWithFixAndSummary() {
        let text = TextRenderer().render([SampleFindings.guardrail, SampleFindings.sharedUnit])
        #expect(
            text == """
                /repo/infra/organization.yaml:42:1: error: [audit-log.protect-guardrail] guardrail 'protect-audit-log' is off
                    critical · audit-log · guardrails · SOC 2 CC7.2
                    fix: add 'protect-audit-log' to 'guardrails'
                /repo/infra/organization.yaml:18:46: error: [isolation.shared-unit] non-production account 'dev' (development) shares unit 'Workloads' with production account 'prod'
                    high · isolation · accounts.dev · SOC 2 CC8.1, ISO/IEC 27001:2022 A.8.31
                    fix: move non-production accounts to a unit that holds only non-production accounts
                2 findings: 1 critical, 1 high

                """)
    }

    @Test func lowSeverityIsANoteAndLocationIsOptional() {
        let text = TextRenderer().render([SampleFindings.tricky])
        #expect(text.hasPrefix("note: [management.email-alias] "))
        #expect(text.hasSuffix("1 finding: 1 low\n"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextRenderer().render(SampleFindings.all).contains("\u{1B}["))
        let coloured = TextRenderer(colour: true).render([SampleFindings.sharedUnit])
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m: [isolation.shared-unit]"))
    }

    @Test func noFindings() {
        #expect(TextRenderer().render([]) == "no findings\n")
    }
}
