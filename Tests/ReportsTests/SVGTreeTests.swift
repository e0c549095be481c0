import Compliance
import Foundation
import FoundationXML
import Reports
import Testing

/// Collects every node group of a drawn tree: its id, status, and its box's fill and stroke.
final class TreeNodeCollector: NSObject, XMLParserDelegate {
    struct DrawnNode: Equatable {
        var kind: String
        var status: String
        var fill: String?
        var stroke: String?
    }

    var nodes: [String: DrawnNode] = [:]
    var elementNames: [String] = []
    private var current: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elementNames.append(elementName)
        if elementName == "g", let id = attributes["data-id"], let status = attributes["data-status"] {
            let kind = (attributes["class"] ?? "").split(separator: " ").last.map(String.init) ?? ""
            nodes[id] = DrawnNode(kind: kind, status: status)
            current = id
        } else if elementName == "rect", let id = current, nodes[id]?.fill == nil {
            nodes[id]?.fill = attributes["fill"]
            nodes[id]?.stroke = attributes["stroke"]
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "g" { current = nil }
    }

    static func parse(_ text: String) -> (TreeNodeCollector, Bool) {
        let collector = TreeNodeCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        return (collector, ok)
    }
}

@Suite struct SVGTreeTests {
    static let fills = ["PASS": "#dafbe1", "FAIL": "#ffebe9", "MANUAL": "#fff3c4", "ERROR": "#e6e9ed"]
    static let strokes = ["PASS": "#1a7f37", "FAIL": "#cf222e", "MANUAL": "#9a6700", "ERROR": "#57606a"]

    @Test func drawsEveryAccountColouredByItsWorstStatus() throws {
        let report = SampleAudit.report()
        let svg = OrganizationTreeSVG(standalone: true).render(report.tree)
        let (drawing, wellFormed) = TreeNodeCollector.parse(svg)
        #expect(wellFormed)
        let expected = [
            "management": "MANUAL", "log-archive": "FAIL", "audit": "PASS", "prod": "FAIL", "prod-eu": "PASS",
            "staging": "PASS", "dev": "ERROR",
        ]
        for (account, status) in expected {
            let node = try #require(drawing.nodes[account], "account \(account) is not drawn")
            #expect(node.kind == "account")
            #expect(node.status == status, "\(account)")
            #expect(node.fill == Self.fills[status], "\(account) is filled \(node.fill ?? "-")")
            #expect(node.stroke == Self.strokes[status])
        }
        #expect(drawing.nodes["Workloads/Production"]?.status == "FAIL")
        #expect(drawing.nodes["Workloads/NonProduction"]?.status == "ERROR")
        #expect(drawing.nodes["Security"]?.status == "FAIL")
        #expect(drawing.nodes["acme"]?.kind == "root")
        #expect(drawing.nodes.count == 1 + 4 + 7)
    }

    @Test func hasALegendOfAllFourStatusesAndTooltips() {
        let svg = OrganizationTreeSVG().render(SampleAudit.report().tree)
        for (status, fill) in Self.fills {
            #expect(svg.contains("fill=\"\(fill)\""))
            #expect(svg.contains(">\(status) — "))
        }
        #expect(svg.contains("<title>account dev: ERROR (own results: 1 ERROR)</title>"))
        #expect(!svg.contains("xmlns"), "inline SVG in HTML needs no namespace URL")
        #expect(OrganizationTreeSVG(standalone: true).render(SampleAudit.report().tree).contains("xmlns="))
    }

    @Test func stacksManyAccountsInColumnsInsteadOfOneWideRow() throws {
        let accounts = (0..<100).map { index in
            OrganizationTree.Node(kind: .account, id: "acct-\(index)", name: "acct-\(index)", status: .pass)
        }
        let unit = OrganizationTree.Node(
            kind: .unit, id: "Workloads", name: "Workloads", status: .pass, children: accounts)
        let tree = OrganizationTree(
            root: OrganizationTree.Node(kind: .root, id: "big", name: "big", status: .pass, children: [unit]))
        let svg = OrganizationTreeSVG().render(tree)
        let width = try #require(svg.firstMatch(of: /width="(\d+)"/).flatMap { Int($0.1) })
        #expect(width < 1000)
        #expect(TreeNodeCollector.parse(svg).0.nodes.count == 102)
    }

    @Test func escapesNamesAndClipsLongOnes() {
        let node = OrganizationTree.Node(
            kind: .account, id: "a&b", name: "an-account-name-far-too-long-for-its-box<x>", status: .fail)
        let tree = OrganizationTree(
            root: OrganizationTree.Node(kind: .root, id: "o", name: "o", status: .fail, children: [node]))
        let svg = OrganizationTreeSVG().render(tree)
        #expect(TreeNodeCollector.parse(svg).1)
        #expect(svg.contains("data-id=\"a&amp;b\""))
        #expect(svg.contains("…"))
    }
}
