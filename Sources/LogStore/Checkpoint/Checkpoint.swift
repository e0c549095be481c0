public import Foundation

/// A tree head in the C2SP checkpoint form (<https://c2sp.org/tlog-checkpoint>): origin, tree
/// size, base64 root hash, then a `time` extension line with when it was made.
///
/// Signed, it is the small piece of text worth keeping somewhere the store's owner cannot
/// rewrite (an Object Lock bucket, a ticket, an email): any later store must be consistent with it.
public struct Checkpoint: Sendable, Hashable {
    public let origin: String
    public let size: UInt64
    public let root: TreeHash
    public let time: Date

    public init(origin: String, size: UInt64, root: TreeHash, time: Date) {
        self.origin = origin
        self.size = size
        self.root = root
        self.time = time
    }

    /// The note text that is signed.
    public var text: String {
        "\(origin)\n\(size)\n\(Data(root.bytes).base64EncodedString())\ntime \(Self.format(time))\n"
    }

    /// Parses a checkpoint from a note's text.
    public init(text: String) throws(LogStoreError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, let size = UInt64(lines[1]), let rootBytes = Data(base64Encoded: String(lines[2])),
            let root = TreeHash(bytes: rootBytes), !lines[0].isEmpty
        else {
            throw LogStoreError(.invalidNote, "not a checkpoint: expected origin, tree size and base64 root hash lines")
        }
        var time = Date(timeIntervalSince1970: 0)
        for line in lines.dropFirst(3) where line.hasPrefix("time ") {
            if let parsed = Self.parse(String(line.dropFirst(5))) { time = parsed }
        }
        self.init(origin: String(lines[0]), size: size, root: root, time: time)
    }

    static func format(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }

    static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
