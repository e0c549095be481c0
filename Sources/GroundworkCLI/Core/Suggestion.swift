import Support

/// "Did you mean …" for mistyped commands, flags and values, worded for usage errors.
enum Suggestion {
    /// `"; did you mean 'x'?"` or an empty string.
    static func hint(for input: String, in candidates: [String], prefix: String = "") -> String {
        guard let match = Spelling.suggestion(for: input, among: candidates) else { return "" }
        return "; did you mean '\(prefix)\(match)'?"
    }
}
