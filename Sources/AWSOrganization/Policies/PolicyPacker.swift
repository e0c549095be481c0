/// Fits statements into as few documents as the size limit allows, without ever dropping or
/// truncating one.
///
/// Statements keep their order. One that is too large alone is split along a list whose values
/// are alternatives (its `Action` list, its `Resource` list, or the values of a positive condition
/// such as `StringLike`): the pieces together match exactly what the whole matched. Lists that
/// must stay whole (`NotAction`, negated conditions such as `StringNotEquals`) are never split; a
/// statement that is still too large is an error.
public enum PolicyPacker {
    /// Packs statements into documents of at most `maximumBytes` minified UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - statements: the statements, in the order they should appear.
    ///   - maximumBytes: the limit per document; 5,120 for SCPs.
    /// - Returns: one or more documents; each piece of a split statement gets a `Part<n>` Sid suffix
    ///   so Sids stay unique.
    /// - Throws: `PolicyError` `.statementTooLarge` when a statement cannot be split small enough.
    public static func pack(
        _ statements: [PolicyStatement],
        maximumBytes: Int = ServiceControlPolicyLimits.maximumDocumentBytes
    ) throws -> [PolicyDocument] {
        // Stage 1: split every statement that cannot fit even alone.
        var pieces: [PolicyStatement] = []
        for statement in statements {
            pieces += try split(statement, maximumBytes: maximumBytes)
        }
        // Stage 2: first fit, in order: each piece goes into the earliest document with room.
        var documents: [PolicyDocument] = []
        for piece in pieces {
            if let index = documents.firstIndex(where: { fits($0.statements + [piece], maximumBytes) }) {
                documents[index].statements.append(piece)
            } else {
                documents.append(PolicyDocument(statements: [piece]))
            }
        }
        return documents.isEmpty ? [PolicyDocument(statements: [])] : documents
    }

    /// Splits one statement into pieces that each fit alone; returns it unchanged when it fits.
    static func split(_ statement: PolicyStatement, maximumBytes: Int) throws -> [PolicyStatement] {
        guard !fits([statement], maximumBytes) else { return [statement] }
        // Measure pieces with the longest suffix numbering could add, so renaming never overflows.
        var measured = statement
        measured.sid = statement.sid.map { "\($0)Part9999" }
        let pieces = try splitAlongLargestList(measured, name: statement.sid ?? "unnamed", maximumBytes: maximumBytes)
        guard pieces.count > 1 else { return pieces }
        return pieces.enumerated().map { index, piece in
            var numbered = piece
            numbered.sid = statement.sid.map { "\($0)Part\(index + 1)" }
            return numbered
        }
    }

    private static func splitAlongLargestList(_ statement: PolicyStatement, name: String, maximumBytes: Int) throws
        -> [PolicyStatement]
    {
        let lists = splittableLists(of: statement).filter { $0.values.count > 1 }
        guard let list = lists.max(by: { $0.values.joined().utf8.count < $1.values.joined().utf8.count }) else {
            throw PolicyError(
                .statementTooLarge,
                "statement '\(name)' is \(PolicyDocument(statements: [statement]).byteCount) bytes, over the "
                    + "\(maximumBytes)-byte limit, and cannot be split without changing what it denies; shorten its lists"
            )
        }
        // Greedy chunks: take values while the statement with that chunk still fits.
        var chunks: [[String]] = []
        var current: [String] = []
        for value in list.values {
            if !current.isEmpty, !fits([list.rebuild(current + [value])], maximumBytes) {
                chunks.append(current)
                current = []
            }
            current.append(value)
        }
        chunks.append(current)
        // A chunk of one value may still be too large along another list: split it again.
        var pieces: [PolicyStatement] = []
        for chunk in chunks {
            let piece = list.rebuild(chunk)
            if fits([piece], maximumBytes) {
                pieces.append(piece)
            } else {
                pieces += try splitAlongLargestList(piece, name: name, maximumBytes: maximumBytes)
            }
        }
        return pieces
    }

    /// A list of alternatives inside a statement, and how to rebuild the statement with a subset of it.
    private struct SplittableList {
        var values: [String]
        var rebuild: ([String]) -> PolicyStatement
    }

    private static func splittableLists(of statement: PolicyStatement) -> [SplittableList] {
        var lists: [SplittableList] = []
        if case .action(let actions) = statement.actions {
            lists.append(
                SplittableList(values: actions) { subset in
                    var copy = statement
                    copy.actions = .action(subset)
                    return copy
                })
        }
        if case .resource(let resources) = statement.resources {
            lists.append(
                SplittableList(values: resources) { subset in
                    var copy = statement
                    copy.resources = .resource(subset)
                    return copy
                })
        }
        for (operatorName, keys) in statement.condition.clauses.sorted(by: { $0.key < $1.key }) {
            let conditionOperator = ConditionOperator(rawValue: operatorName)
            guard conditionOperator.matchesAnyValue else { continue }
            for (key, values) in keys.sorted(by: { $0.key < $1.key }) {
                lists.append(
                    SplittableList(values: values) { subset in
                        var copy = statement
                        copy.condition.set(conditionOperator, key, subset)
                        return copy
                    })
            }
        }
        return lists
    }

    private static func fits(_ statements: [PolicyStatement], _ maximumBytes: Int) -> Bool {
        PolicyDocument(statements: statements).byteCount <= maximumBytes
    }
}
