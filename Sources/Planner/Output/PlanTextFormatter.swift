/// Renders a plan for people: grouped by area, one line per step with its `+ ~ → -` marker,
/// `field: old → new` under each update, unmanaged resources, then a summary line.
///
/// Colour is off unless asked for; the CLI turns it on only on a terminal without `NO_COLOR`.
public struct PlanTextFormatter: Sendable {
    public var colour: Bool
    /// Changed document lines shown per field before the rest is counted instead.
    public var maxDocumentLines: Int

    public init(colour: Bool = false, maxDocumentLines: Int = 40) {
        self.colour = colour
        self.maxDocumentLines = maxDocumentLines
    }

    /// The whole plan as text, ending in the summary line.
    public func format(_ plan: Plan) -> String {
        if plan.isEmpty && plan.unmanaged.isEmpty {
            return "No changes: the live organization matches the spec.\n"
        }
        var lines: [String] = []
        for area in ResourceArea.allCases {
            let steps = plan.steps.filter { $0.area == area }
            guard !steps.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(paint(area.rawValue, .bold))
            for step in steps { lines.append(contentsOf: render(step)) }
        }
        if !plan.unmanaged.isEmpty {
            if !lines.isEmpty { lines.append("") }
            if plan.prune {
                lines.append(paint("kept (live, not in the spec, protected from deletion)", .bold))
            } else {
                lines.append(paint("unmanaged (live, not in the spec; apply with --prune to delete them)", .bold))
            }
            for resource in plan.unmanaged {
                var line = "  \(paint("?", .dim)) \(label(resource.address))"
                if plan.prune { line += resource.preventDeletion ? " (protected)" : " (holds protected resources)" }
                lines.append(line)
            }
        }
        lines.append("")
        lines.append(plan.summary.description)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of apply progress, for terminals without a progress bar and for logs:
    /// `[ 3/14] + account prod: done (id 123456789012)`. Counts are finished steps of all steps.
    public func progressLine(_ event: ExecutionEvent, _ progress: ExecutionProgress) -> String {
        let width = String(progress.total).count
        let done = String(progress.finished)
        let counter = "[" + String(repeating: " ", count: max(0, width - done.count)) + done + "/\(progress.total)]"
        func head(_ step: PlanStep) -> String {
            "\(counter) \(paint(step.action.marker, colour(of: step.action))) \(label(step.address))"
        }
        switch event {
        case .started(let step):
            return "\(head(step)): started"
        case .succeeded(let step, let result):
            return "\(head(step)): " + paint("done", .green) + (result.providerID.map { " (id \($0))" } ?? "")
        case .failed(let step, let message):
            return "\(head(step)): " + paint("failed", .red) + ": \(message)"
        case .skipped(let step, let cause):
            return "\(head(step)): " + paint("skipped", .yellow) + " because '\(cause)' failed"
        case .notStarted(let step):
            return "\(head(step)): not started"
        }
    }

    /// The end of an apply: each failure with its error, the steps it held back, and the
    /// summary saying what to do next.
    public func format(_ report: ExecutionReport) -> String {
        var lines: [String] = []
        for entry in report.outcomes {
            guard case .failed(let message) = entry.outcome else { continue }
            lines.append(
                paint("failed", .red) + ": \(entry.step.action.rawValue) \(label(entry.step.address)): \(message)")
            let held = report.outcomes.filter { $0.outcome == .skipped(cause: entry.step.id) }
            if !held.isEmpty {
                let names = held.map { "\($0.step.action.rawValue) \(label($0.step.address))" }
                lines.append("  skipped because of it: " + names.joined(separator: ", "))
            }
        }
        lines.append(report.summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ step: PlanStep) -> [String] {
        let head = "  " + paint(step.action.marker, colour(of: step.action)) + " " + label(step.address)
        switch step.action {
        case .create:
            guard let parent = step.toParent else { return [head] }
            return [head + " (in \(parent.name))"]
        case .move:
            return [head + ": \(place(step.fromParent)) → \(place(step.toParent))"]
        case .delete:
            return [head]
        case .update:
            return [head] + step.changes.flatMap(render)
        }
    }

    private func render(_ change: AttributeChange) -> [String] {
        let indent = "      "
        if case .document(let oldText)? = change.old, case .document(let newText)? = change.new,
            let old = CanonicalJSON.pretty(oldText), let new = CanonicalJSON.pretty(newText)
        {
            var lines = ["\(indent)\(change.name): document changed"]
            let edits = LineDiff.changes(
                from: old.split(separator: "\n").map(String.init), to: new.split(separator: "\n").map(String.init))
            for edit in edits.prefix(maxDocumentLines) {
                // Lines are shown without their nesting indent: short, and still unambiguous.
                switch edit {
                case .removed(let line): lines.append(indent + "  " + paint("- " + line.drop { $0 == " " }, .red))
                case .added(let line): lines.append(indent + "  " + paint("+ " + line.drop { $0 == " " }, .green))
                }
            }
            if edits.count > maxDocumentLines {
                lines.append("\(indent)  … \(edits.count - maxDocumentLines) more changed lines")
            }
            return lines
        }
        return [
            "\(indent)\(change.name): \(change.old?.description ?? "(none)") → \(change.new?.description ?? "(none)")"
        ]
    }

    private func label(_ address: ResourceAddress) -> String { "\(address.kind) \(address.name)" }

    private func place(_ parent: ResourceAddress?) -> String { parent?.name ?? "(top level)" }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }

    private func colour(of action: PlanAction) -> Style {
        switch action {
        case .create: .green
        case .update: .yellow
        case .move: .cyan
        case .delete: .red
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
