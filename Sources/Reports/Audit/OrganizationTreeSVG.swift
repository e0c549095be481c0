public import Compliance

/// Draws the organization tree as SVG: the root at the top, units beneath their parents, and
/// each unit's accounts stacked in a column under it, every node filled with the colour of its
/// worst status (green PASS, red FAIL, amber MANUAL, grey ERROR), with a legend.
///
/// Stacking accounts in columns keeps the drawing readable for a hundred accounts, where a
/// classic one-row-per-level chart would be a hundred boxes wide. Each node carries
/// `data-id` and `data-status` and a `<title>` tooltip, so no script is needed.
public struct OrganizationTreeSVG: Sendable {
    /// Adds the SVG namespace for a stand-alone `.svg` file; inline in HTML it is not needed.
    public var standalone: Bool

    public init(standalone: Bool = false) {
        self.standalone = standalone
    }

    private static let columnWidth = 208
    private static let boxWidth = 184
    private static let boxHeight = 46
    private static let levelGap = 34
    private static let accountRow = 56
    private static let accountIndent = 22
    private static let margin = 16
    private static let legendHeight = 34
    /// Wide enough for the four legend entries.
    private static var legendWidth: Int {
        CheckStatus.allCases.map { legendEntryWidth("\($0.rawValue) — \($0.meaning)") }.reduce(0, +)
    }

    /// Swatch, label (about 6.5 px a character at 12 px) and a gap before the next entry.
    private static func legendEntryWidth(_ label: String) -> Int { 20 + label.count * 13 / 2 + 22 }

    public func render(_ tree: OrganizationTree) -> String {
        var layout = Layout()
        layout.place(tree.root, depth: 0, firstColumn: 0)
        let width = max(Self.columnWidth * Self.columns(tree.root), Self.legendWidth) + 2 * Self.margin
        let height = layout.bottom + Self.margin

        var svg = "<svg"
        if standalone { svg += " xmlns=\"http://www.w3.org/2000/svg\"" }
        svg += " class=\"org-tree\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
        svg += " role=\"img\" aria-label=\"Organization tree coloured by audit status\""
        svg += " font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\">\n"
        svg += legend()
        svg += "<g class=\"edges\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.5\">\n"
        for edge in layout.edges { svg += "<path d=\"\(edge)\"/>\n" }
        svg += "</g>\n"
        for placed in layout.nodes { svg += node(placed) }
        return svg + "</svg>\n"
    }

    private func legend() -> String {
        var svg = "<g class=\"legend\" font-size=\"12\" fill=\"#24292f\">\n"
        var x = Self.margin
        for status in CheckStatus.reportOrder.reversed() {
            svg += "<rect x=\"\(x)\" y=\"\(Self.margin)\" width=\"14\" height=\"14\" rx=\"3\""
            svg += " fill=\"\(status.fill)\" stroke=\"\(status.colour)\" stroke-width=\"2\"/>\n"
            let label = "\(status.rawValue) — \(status.meaning)"
            svg += "<text x=\"\(x + 20)\" y=\"\(Self.margin + 11)\">\(Markup.escape(label))</text>\n"
            x += Self.legendEntryWidth(label)
        }
        return svg + "</g>\n"
    }

    private func node(_ placed: Placed) -> String {
        let node = placed.node
        let status = node.status
        let strokeWidth = node.kind == .account ? 1.5 : 2.5
        var title = "\(node.kind.rawValue) \(node.id): \(status.rawValue)"
        let counts = CheckStatus.reportOrder.compactMap { status in
            node.counts[status].map { "\($0) \(status.rawValue)" }
        }
        if !counts.isEmpty { title += " (own results: \(counts.joined(separator: ", ")))" }
        var svg = "<g class=\"node \(node.kind.rawValue)\" data-id=\"\(Markup.escape(node.id))\""
        svg += " data-status=\"\(status.rawValue)\">\n"
        svg += "<title>\(Markup.escape(title))</title>\n"
        svg +=
            "<rect x=\"\(placed.x)\" y=\"\(placed.y)\" width=\"\(placed.width)\" height=\"\(Self.boxHeight)\" rx=\"6\""
        svg += " fill=\"\(status.fill)\" stroke=\"\(status.colour)\" stroke-width=\"\(strokeWidth)\"/>\n"
        let weight = node.kind == .account ? "500" : "700"
        svg += "<text x=\"\(placed.x + 10)\" y=\"\(placed.y + 19)\" font-size=\"13\" font-weight=\"\(weight)\""
        svg += " fill=\"#1f2328\">\(Markup.escape(Self.clipped(node.name, to: placed.width)))</text>\n"
        let detail = [
            node.kind == .root ? "organization" : (node.kind == .unit ? "unit" : node.detail), status.rawValue,
        ]
        .compactMap { $0 }.joined(separator: " · ")
        svg += "<text x=\"\(placed.x + 10)\" y=\"\(placed.y + 36)\" font-size=\"11\""
        svg += " fill=\"\(status.colour)\">\(Markup.escape(detail))</text>\n"
        return svg + "</g>\n"
    }

    /// Names longer than the box are cut with an ellipsis (the tooltip keeps the full name).
    private static func clipped(_ name: String, to width: Int) -> String {
        let limit = max((width - 20) / 8, 4)
        return name.count <= limit ? name : String(name.prefix(limit - 1)) + "…"
    }

    /// Columns a subtree needs: one for its own accounts, plus those of its child units.
    fileprivate static func columns(_ node: OrganizationTree.Node) -> Int {
        let hasAccounts = node.children.contains { $0.kind == .account }
        let units = node.children.filter { $0.kind != .account }.map(columns).reduce(0, +)
        return max(1, (hasAccounts ? 1 : 0) + units)
    }

    fileprivate struct Placed {
        var node: OrganizationTree.Node
        var x: Int
        var y: Int
        var width: Int
    }

    /// Positions for every node and the connecting paths.
    fileprivate struct Layout {
        var nodes: [Placed] = []
        var edges: [String] = []
        var bottom = 0

        mutating func place(_ node: OrganizationTree.Node, depth: Int, firstColumn: Int) {
            let top = OrganizationTreeSVG.margin + OrganizationTreeSVG.legendHeight
            let y = top + depth * (OrganizationTreeSVG.boxHeight + OrganizationTreeSVG.levelGap)
            let span = OrganizationTreeSVG.columns(node)
            let left = OrganizationTreeSVG.margin + firstColumn * OrganizationTreeSVG.columnWidth
            let centre = left + span * OrganizationTreeSVG.columnWidth / 2
            let x = centre - OrganizationTreeSVG.boxWidth / 2
            nodes.append(Placed(node: node, x: x, y: y, width: OrganizationTreeSVG.boxWidth))
            let boxBottom = y + OrganizationTreeSVG.boxHeight
            let elbow = boxBottom + OrganizationTreeSVG.levelGap / 2
            let childTop = boxBottom + OrganizationTreeSVG.levelGap
            bottom = max(bottom, boxBottom)

            // Stage 1: the unit's own accounts, stacked in its first column on a spine.
            let accounts = node.children.filter { $0.kind == .account }
            var column = firstColumn
            if !accounts.isEmpty {
                let spine = left + 10
                let accountLeft = left + OrganizationTreeSVG.accountIndent
                let accountWidth = OrganizationTreeSVG.columnWidth - OrganizationTreeSVG.accountIndent - 6
                var lastMiddle = childTop
                for (index, account) in accounts.enumerated() {
                    let accountTop = childTop + index * OrganizationTreeSVG.accountRow
                    let middle = accountTop + OrganizationTreeSVG.boxHeight / 2
                    nodes.append(Placed(node: account, x: accountLeft, y: accountTop, width: accountWidth))
                    edges.append("M\(spine) \(middle) H\(accountLeft)")
                    lastMiddle = middle
                    bottom = max(bottom, accountTop + OrganizationTreeSVG.boxHeight)
                }
                edges.append("M\(centre) \(boxBottom) V\(elbow) H\(spine) V\(lastMiddle)")
                column += 1
            }

            // Stage 2: child units side by side, each over its own columns.
            for unit in node.children where unit.kind != .account {
                let unitSpan = OrganizationTreeSVG.columns(unit)
                let unitCentre =
                    OrganizationTreeSVG.margin + column * OrganizationTreeSVG.columnWidth + unitSpan
                    * OrganizationTreeSVG.columnWidth / 2
                edges.append("M\(centre) \(boxBottom) V\(elbow) H\(unitCentre) V\(childTop)")
                place(unit, depth: depth + 1, firstColumn: column)
                column += unitSpan
            }
        }
    }
}
