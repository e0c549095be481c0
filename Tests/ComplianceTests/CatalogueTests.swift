import Compliance
import OrgModel
import Testing

@Suite struct CatalogueTests {
    let catalogue = FrameworkCatalogue.bundled

    @Test func everyFrameworkIsDescribedWithItsSource() {
        #expect(Set(catalogue.frameworks.map(\.framework)) == Set(Framework.allCases))
        for definition in catalogue.frameworks {
            #expect(!definition.source.isEmpty)
            #expect(!definition.controls.isEmpty)
            for control in definition.controls {
                #expect(control.framework == definition.framework)
                #expect(!control.title.isEmpty)
            }
        }
        let ids = catalogue.frameworks.flatMap(\.controls).map(\.id)
        #expect(Set(ids).count == ids.count, "a control id is listed twice")
    }

    @Test(arguments: [any Rule].all.map(\.metadata.id))
    func everyRuleMapsToExistingControlsOfEachFrameworkItClaims(ruleID: String) throws {
        let mapping = try #require(catalogue.mapping(for: ruleID), "rule \(ruleID) has no entry in mappings.json")
        #expect(!mapping.frameworks.isEmpty)
        for id in mapping.controls {
            let control = try #require(
                catalogue.control(id), "\(ruleID) cites '\(id)', which frameworks.json does not define")
            #expect(
                mapping.frameworks.contains(control.framework),
                "\(ruleID) cites '\(id)' but does not claim \(control.framework.rawValue)")
        }
        for framework in mapping.frameworks {
            #expect(
                mapping.controls.contains { catalogue.control($0)?.framework == framework },
                "\(ruleID) claims \(framework.rawValue) but cites none of its controls"
            )
        }
    }

    @Test func mappingsNameOnlyKnownRules() {
        let known = Set([any Rule].all.map(\.metadata.id))
        for mapping in catalogue.mappings {
            #expect(known.contains(mapping.rule), "mappings.json maps unknown rule '\(mapping.rule)'")
        }
    }

    @Test func retentionFiguresCiteTheirSources() throws {
        let pci = try #require(catalogue.retention.first { $0.framework == .pciDSS })
        #expect(pci.minimum == RetentionPeriod(12, .months))
        #expect(pci.immediatelyAvailable == RetentionPeriod(3, .months))
        #expect(pci.source == "PCI DSS v4.0 Requirement 10.5.1")
        let hipaa = try #require(catalogue.retention.first { $0.framework == .hipaa })
        #expect(hipaa.minimum == RetentionPeriod(6, .years))
        #expect(hipaa.source == "45 CFR 164.316(b)(2)(i)")
        let gdpr = try #require(catalogue.retention.first { $0.framework == .gdpr })
        #expect(gdpr.storageLimitation && gdpr.minimum == nil)
        #expect(catalogue.retentionFloor.minimum == RetentionPeriod(12, .months))
        for entry in catalogue.retention + [catalogue.retentionFloor] {
            #expect(!entry.source.isEmpty && !entry.note.isEmpty)
        }
        #expect(Set(catalogue.retention.compactMap(\.framework)) == Set(Framework.allCases))
    }

    @Test func controlsAreNarrowedToTheSelectedFrameworks() {
        let all = catalogue.controls(for: "audit-log.retention", frameworks: [])
        #expect(all.contains("PCI DSS 10.5.1") && all.contains("HIPAA 164.316(b)(2)(i)"))
        #expect(catalogue.controls(for: "audit-log.retention", frameworks: [.pciDSS]) == ["PCI DSS 10.5.1"])
        #expect(catalogue.controls(for: "no.such-rule", frameworks: []).isEmpty)
    }
}
