/// "Did you mean" suggestions for misspelt keys, values, names, commands and flags: one
/// definition of "close enough" for the spec loader and the command line alike.
public enum Spelling {
    /// The candidate closest to `word`, when it is close enough to be a likely typo, or else the
    /// only candidate `word` abbreviates (`prod` for `production`).
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        var best: (candidate: String, distance: Int)?
        var expansions: [String] = []
        let lowered = word.lowercased()
        for candidate in candidates {
            if lowered.count >= 3, candidate.count > lowered.count, candidate.lowercased().hasPrefix(lowered) {
                expansions.append(candidate)
            }
            let distance = self.distance(word.lowercased(), candidate.lowercased())
            guard distance <= 2, distance * 2 < max(candidate.count, 2) else { continue }
            if best == nil || distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.candidate ?? (expansions.count == 1 ? expansions.first : nil)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent
    /// transpositions each cost one.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
