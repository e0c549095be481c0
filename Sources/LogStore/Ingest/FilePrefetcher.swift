import AuditLog
import Digest
import Dispatch
import Foundation
import Synchronization

/// Reads, hashes, parses and prepares the next files on other threads while the store writes
/// the current one, a bounded number ahead, so that parsing, hashing and compression use every
/// core the single SQLite writer leaves free.
///
/// Each file is read once: the same bytes are hashed (its identity) and parsed. Files too large
/// to hold parsed in memory are only hashed here and streamed by the writer inside its
/// transaction. Workers take files in input order and results come out in input order.
final class FilePrefetcher: Sendable {
    /// A file to read: where it is and how the store will name it.
    struct Candidate: Sendable {
        var url: URL
        var path: String
        var size: Int64
        /// When it was last modified, recorded so a later run can skip it unread.
        var modified: Date
        var isCompressed: Bool
    }

    /// What the reader made of one file.
    enum Content: Sendable {
        /// Parsed and prepared for insertion (hashed, keyed, compressed).
        case parsed(PreparedBatch)
        case rejected(LogParseError)
        /// Too large to parse ahead: the writer streams it.
        case stream
    }

    struct Item: Sendable {
        var digest: [UInt8]
        var content: Content
    }

    /// Plain files up to this size (gzip files up to an eighth of it) are parsed ahead.
    static let eagerLimit: Int64 = 32 << 20

    private struct State {
        var ready: [Int: Item] = [:]
        var claimed = 0
        var next = 0
        var cancelled = false
    }

    private let state = Mutex(State())
    private let capacity: DispatchSemaphore
    private let available = DispatchSemaphore(value: 0)
    private let count: Int
    private let lookahead: Int
    private let workers: Int

    /// - Parameters:
    ///   - workers: reading threads; by default one per core, since the writer mostly waits on
    ///     them (measured: two readers keep one SQLite writer busy on two cores).
    ///   - lookahead: files read ahead of the writer in all; at least `workers`. By default as
    ///     many as fit `lookaheadBytes`, at most `maximumLookahead` per worker.
    init(
        _ candidates: [Candidate], parser: LogFileParser, dictionaries: DictionaryRegistry,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, lookahead: Int? = nil
    ) {
        count = candidates.count
        self.workers = max(1, min(workers, 8))
        self.lookahead = max(self.workers, lookahead ?? Self.lookahead(for: candidates, workers: self.workers))
        capacity = DispatchSemaphore(value: self.lookahead)
        for _ in 0..<self.workers {
            // A thread of its own, not a Dispatch or Swift-concurrency worker: it blocks on the
            // semaphore whenever the writer falls behind.
            let thread = Thread { [self] in
                let encoder = RecordEncoder(dictionaries)
                while true {
                    capacity.wait()
                    let index = state.withLock { state -> Int? in
                        guard !state.cancelled, state.claimed < count else { return nil }
                        defer { state.claimed += 1 }
                        return state.claimed
                    }
                    guard let index else {
                        capacity.signal()
                        return
                    }
                    let item = Self.read(candidates[index], parser: parser, encoder: encoder)
                    state.withLock { $0.ready[index] = item }
                    available.signal()
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Files vary in size, and the writer takes them in order: with only two files read ahead
    /// per worker, the writer waited for the one file still being parsed while the other reader,
    /// done, waited for room (measured at 1M records in 16,765 files: the writer idle 2.6 s of
    /// 11.8; with 32 per worker, 0.4 s, and the load 0.9–1.2 s faster). A parsed CloudTrail file
    /// of 60 records takes ~20 KB, so 64 of them cost little; files of megabytes get fewer.
    static func lookahead(for candidates: [Candidate], workers: Int) -> Int {
        let total = candidates.reduce(Int64(0)) { $0 + ($1.isCompressed ? $1.size * 8 : $1.size) }
        let average = max(total / Int64(max(candidates.count, 1)), 1)
        let fitting = Int(min(lookaheadBytes / average, Int64(workers * maximumLookahead)))
        return max(workers * 2, fitting)
    }

    /// Bytes of (uncompressed) input read ahead of the writer, at most.
    static let lookaheadBytes: Int64 = 64 << 20
    static let maximumLookahead = 32

    /// The next file's result, in input order; blocks until it is ready. Nil after the last.
    func next() -> Item? {
        guard state.withLock({ $0.next < count && !$0.cancelled }) else { return nil }
        while true {
            let item = state.withLock { state -> Item? in
                guard let item = state.ready.removeValue(forKey: state.next) else { return nil }
                state.next += 1
                return item
            }
            if let item {
                capacity.signal()
                return item
            }
            // Each signal announces that some file finished, not necessarily the next one: look
            // again after every signal (a signal may also be left over from a file taken early).
            available.wait()
        }
    }

    /// Stops reading ahead (the writer failed or finished early).
    func cancel() {
        state.withLock { $0.cancelled = true }
        // However far ahead the readers got, each waits at most once more, then sees the flag.
        for _ in 0...(lookahead + workers) { capacity.signal() }
    }

    private static func read(_ candidate: Candidate, parser: LogFileParser, encoder: RecordEncoder) -> Item {
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
            return Item(digest: digest, content: .parsed(PreparedBatch(events, encoder: encoder)))
        } catch {
            return Item(digest: digest, content: .rejected(error))
        }
    }

    private static func unreadable(_ candidate: Candidate) -> LogParseError {
        LogParseError(.unreadable, file: candidate.path, message: "cannot read the file")
    }
}
