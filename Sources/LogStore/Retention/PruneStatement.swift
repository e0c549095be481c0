import Foundation

/// The signed record of a prune: which leaves had their records removed, before which event
/// time, and when. Verification accepts a leaf without its record only inside a signed range.
struct PruneStatement: Sendable, Hashable {
    var origin: String
    var before: Date
    var time: Date
    var ranges: [ClosedRange<UInt64>]

    var text: String {
        var out = "\(origin)\nprune\nbefore \(Checkpoint.format(before))\ntime \(Checkpoint.format(time))\n"
        for range in ranges { out += "range \(range.lowerBound)-\(range.upperBound)\n" }
        return out
    }

    init(origin: String, before: Date, time: Date, ranges: [ClosedRange<UInt64>]) {
        self.origin = origin
        self.before = before
        self.time = time
        self.ranges = ranges
    }

    init(text: String) throws(LogStoreError) {
        let lines = text.split(separator: "\n")
        guard lines.count >= 4, lines[1] == "prune" else { throw LogStoreError(.invalidNote, "not a prune statement") }
        origin = String(lines[0])
        before = Date(timeIntervalSince1970: 0)
        time = Date(timeIntervalSince1970: 0)
        ranges = []
        for line in lines.dropFirst(2) {
            if line.hasPrefix("before "), let date = Checkpoint.parse(String(line.dropFirst(7))) { before = date }
            if line.hasPrefix("time "), let date = Checkpoint.parse(String(line.dropFirst(5))) { time = date }
            if line.hasPrefix("range ") {
                let bounds = line.dropFirst(6).split(separator: "-")
                guard bounds.count == 2, let low = UInt64(bounds[0]), let high = UInt64(bounds[1]), low <= high else {
                    throw LogStoreError(.invalidNote, "malformed prune range '\(line)'")
                }
                ranges.append(low...high)
            }
        }
    }

    /// Collapses sorted sequence numbers into inclusive ranges.
    static func ranges(_ sequences: [UInt64]) -> [ClosedRange<UInt64>] {
        var out: [ClosedRange<UInt64>] = []
        for seq in sequences {
            if let last = out.last, last.upperBound + 1 == seq {
                out[out.count - 1] = last.lowerBound...seq
            } else {
                out.append(seq...seq)
            }
        }
        return out
    }
}
