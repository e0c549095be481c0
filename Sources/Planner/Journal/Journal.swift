public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An append-only JSON-lines record of an apply, flushed to disk after every line.
///
/// Live state stays the truth: a resumed run re-plans from it. The journal says what was
/// attempted, for the report and as a hint to the provider (a step that was started but never
/// finished may have half-happened, such as an account creation request already accepted).
///
/// While open, the journal holds an exclusive lock on its file, so two applies cannot run against
/// the same journal at once.
public actor Journal {
    public nonisolated let url: URL
    private var handle: FileHandle?

    /// Opens `url` for appending, creating it (and not truncating earlier runs) if needed, and
    /// locks it until `close()` or until the journal is released.
    ///
    /// - Throws: `PlannerError` with code `.journal` when the file cannot be opened or another
    ///   process (or journal) holds it.
    public init(url: URL) throws(PlannerError) {
        self.url = url
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil) else {
                throw PlannerError(
                    .journal,
                    "could not create the journal '\(url.path)'; check the directory exists and is writable, or pass another --journal path"
                )
            }
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw PlannerError(
                .journal,
                "could not open the journal '\(url.path)' (\(error)); check it is writable, or pass another --journal path"
            )
        }
        guard flock(handle.fileDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            try? handle.close()
            throw PlannerError(
                .journal,
                "another apply is using the journal '\(url.path)'; wait for it to finish before starting another"
            )
        }
        do {
            try handle.seekToEnd()
        } catch {
            try? handle.close()
            throw PlannerError(.journal, "could not open the journal '\(url.path)' (\(error))")
        }
        self.handle = handle
    }

    deinit { try? handle?.close() }

    /// Releases the file and its lock; later appends fail.
    public func close() {
        try? handle?.close()
        handle = nil
    }

    /// Appends one entry as a line and waits until it is on disk (`fsync`).
    ///
    /// - Throws: `PlannerError` with code `.journal` when the write fails.
    public func append(_ entry: JournalEntry) throws(PlannerError) {
        guard let handle else {
            throw PlannerError(.journal, "the journal '\(url.path)' was closed before the run ended")
        }
        var line = Self.encode(entry)
        line.append(UInt8(ascii: "\n"))
        do {
            try handle.write(contentsOf: line)
            try handle.synchronize()
        } catch {
            throw PlannerError(
                .journal,
                "could not write the journal '\(url.path)' (\(error)); free disk space or pass another --journal path, then resume"
            )
        }
    }

    /// Every entry written so far, oldest first.
    public func entries() throws(PlannerError) -> [JournalEntry] {
        try Self.read(url)
    }

    /// Reads a journal file. A last line cut short by a crash is ignored; a damaged line
    /// elsewhere is an error.
    ///
    /// - Throws: `PlannerError` with code `.journal`.
    public static func read(_ url: URL) throws(PlannerError) -> [JournalEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PlannerError(.journal, "could not read the journal '\(url.path)' (\(error))")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var entries: [JournalEntry] = []
        for (index, line) in lines.enumerated() {
            do {
                entries.append(try decoder.decode(JournalEntry.self, from: Data(line)))
            } catch {
                if index == lines.count - 1 && data.last != UInt8(ascii: "\n") { break }
                throw PlannerError(
                    .journal,
                    "line \(index + 1) of the journal '\(url.path)' is damaged; move the file aside to start a fresh journal"
                )
            }
        }
        return entries
    }

    static func encode(_ entry: JournalEntry) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding cannot fail: an entry holds only strings and a date.
        return (try? encoder.encode(entry)) ?? Data()
    }
}
