/// The lines removed and added between two texts (longest common subsequence), for showing what
/// changed inside a policy document.
enum LineDiff {
    enum Edit: Equatable {
        case removed(String)
        case added(String)
    }

    static func changes(from old: [String], to new: [String]) -> [Edit] {
        // Stage 1: LCS lengths of every pair of suffixes.
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        // Stage 2: walk the table, emitting the lines outside the common subsequence.
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                edits.append(.removed(old[i]))
                i += 1
            } else {
                edits.append(.added(new[j]))
                j += 1
            }
        }
        return edits
    }
}
