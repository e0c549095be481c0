import AuditLog
import Digest
import Dispatch
import Foundation
import Synchronization

/// Reads, hashes and parses the next files on another thread while the store writes the
/// current one, a bounded number ahead, so parsing and SQLite use both cores.
///
/// Each file is read once: the same bytes are hashed (its identity) and parsed. Files too large
/// to hold parsed in memory are only hashed here and streamed by the writer inside its
/// transaction. Results come out in input order.
final class FilePrefetcher: Sendable {
    /// A file to read: where it is and how the store will name it.
    struct Candidate: Sendable {
        var url: URL
        var path: String
        var size: Int64
        var isCompressed: Bool
    }

    /// What the reader made of one file.
    enum Content: Sendable {
        case parsed([Event])
        case rejected(LogParseError)
        /// Too large to parse ahead: the writer streams it.
        case stream
    }

    struct Item: Sendable {
        var digest: [UInt8]
        var content: Content
        /// The parsed events prepared for insertion (hashed, keyed) on the reading thread.
        var prepared: [PreparedRecord] = []
    }

    /// Plain files up to this size (gzip files up to an eighth of it) are parsed ahead.
    static let eagerLimit: Int64 = 32 << 20

    private struct State {
        var ready: [Int: Item] = [:]
        var next = 0
        var cancelled = false
    }

    private let state = Mutex(State())
    private let capacity: DispatchSemaphore
    private let available = DispatchSemaphore(value: 0)
    private let count: Int
    private let lookahead: Int

    init(_ candidates: [Candidate], parser: LogFileParser, lookahead: Int = 2) {
        count = candidates.count
        self.lookahead = max(1, lookahead)
        capacity = DispatchSemaphore(value: self.lookahead)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for (index, candidate) in candidates.enumerated() {
                capacity.wait()
                if state.withLock({ $0.cancelled }) { return }
                let item = Self.read(candidate, parser: parser)
                state.withLock { $0.ready[index] = item }
                available.signal()
            }
        }
    }

    /// The next file's result, in input order; blocks until it is ready. Nil after the last.
    func next() -> Item? {
        guard state.withLock({ $0.next < count && !$0.cancelled }) else { return nil }
        available.wait()
        let item = state.withLock { state -> Item? in
            let item = state.ready.removeValue(forKey: state.next)
            state.next += 1
            return item
        }
        capacity.signal()
        return item
    }

    /// Stops reading ahead (the writer failed or finished early).
    func cancel() {
        state.withLock { $0.cancelled = true }
        // However far ahead the reader got, it waits at most once more, then sees the flag.
        for _ in 0...lookahead { capacity.signal() }
    }

    private static func read(_ candidate: Candidate, parser: LogFileParser) -> Item {
        let limit = candidate.isCompressed ? eagerLimit / 8 : eagerLimit
        guard candidate.size <= limit else {
            guard let digest = try? LogStore.hashFile(candidate.path) else {
                return Item(digest: [], content: .rejected(unreadable(candidate)))
            }
            return Item(digest: digest, content: .stream)
        }
        guard let data = try? Data(contentsOf: candidate.url) else {
            return Item(digest: [], content: .rejected(unreadable(candidate)))
        }
        let digest = SHA256.hash(data)
        do {
            let events = try parser.events(in: data, name: candidate.path)
            return Item(digest: digest, content: .parsed(events), prepared: events.map(PreparedRecord.init))
        } catch {
            return Item(digest: digest, content: .rejected(error))
        }
    }

    private static func unreadable(_ candidate: Candidate) -> LogParseError {
        LogParseError(.unreadable, file: candidate.path, message: "cannot read the file")
    }
}
