/// "Did you mean …" for mistyped commands, flags and values.
enum Suggestion {
    /// The candidate closest to `input`, if it is close enough to be what was meant.
    static func closest(to input: String, in candidates: [String]) -> String? {
        let lowered = input.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let threshold = max(1, min(3, best.candidate.count / 3))
        if best.distance <= threshold { return best.candidate }
        if candidates.filter({ $0.hasPrefix(lowered) }).count == 1 { return candidates.first { $0.hasPrefix(lowered) } }
        return nil
    }

    /// `" (did you mean 'x'?)"` or an empty string.
    static func hint(for input: String, in candidates: [String], prefix: String = "") -> String {
        guard let match = closest(to: input, in: candidates) else { return "" }
        return "; did you mean '\(prefix)\(match)'?"
    }

    /// Levenshtein distance with adjacent transpositions (Damerau, optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
