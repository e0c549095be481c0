import Foundation

extension LogFileParser {
    /// Parses `files` on a background thread, up to `lookahead` files ahead of `body`, and hands
    /// each file's events (or its rejection) to `body` in file order.
    ///
    /// Ingesting is parse-then-store; with this the parsing of the next files runs on another core
    /// while the caller hashes and writes the current one. Each file is still all or nothing: a
    /// rejected file arrives as `.failure` with no events. Memory holds at most `lookahead + 1`
    /// files' events, so use `forEachBatch` for a single huge export instead.
    ///
    /// - Parameters:
    ///   - files: the files to read, usually `LogDiscovery.scan(_:).files`.
    ///   - lookahead: how many parsed files may wait for `body` (at least 1).
    ///   - body: called on the caller's thread, once per file, in order.
    /// - Throws: whatever `body` throws; the background parsing stops before this returns.
    public func forEachFile(
        _ files: [LogDiscovery.File],
        lookahead: Int = 2,
        _ body: (LogDiscovery.File, Result<[Event], LogParseError>) throws -> Void
    ) rethrows {
        let queue = PrefetchQueue(count: files.count, lookahead: max(1, lookahead))
        let parser = self
        let producer = Thread {
            for (index, file) in files.enumerated() {
                guard queue.waitForRoom(before: index) else { break }
                let result = Result { () throws(LogParseError) -> [Event] in
                    try parser.events(inFileAt: file.url, displayName: file.url.path)
                }
                queue.put(result, at: index)
            }
            queue.finish()
        }
        producer.start()
        defer { queue.cancelAndWait() }
        for (index, file) in files.enumerated() {
            try body(file, queue.take(index))
        }
    }
}

/// The hand-over between the parsing thread and the consumer: results by file index, with room
/// for `lookahead` results not yet taken.
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition` is
/// locked.
private final class PrefetchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: Result<[Event], LogParseError>] = [:]
    private var taken = 0
    private var cancelled = false
    private var finished = false
    private let lookahead: Int

    init(count: Int, lookahead: Int) {
        self.lookahead = lookahead
        results.reserveCapacity(min(count, lookahead + 1))
    }

    /// Blocks the producer until file `index` may be parsed; false once the consumer stopped.
    func waitForRoom(before index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && index - taken >= lookahead { condition.wait() }
        return !cancelled
    }

    func put(_ result: Result<[Event], LogParseError>, at index: Int) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks the consumer until file `index` is parsed.
    func take(_ index: Int) -> Result<[Event], LogParseError> {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        // The producer only stops early after `cancelAndWait`, which runs after the last take.
        let result = results.removeValue(forKey: index) ?? .success([])
        taken = index + 1
        condition.broadcast()
        return result
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer and waits until it has let go of the queue.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
