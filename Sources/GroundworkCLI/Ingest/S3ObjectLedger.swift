import Foundation

/// The S3 objects already ingested into one store, so a re-run lists the prefix and fetches only
/// what is new, and an interrupted run resumes after the last committed batch.
///
/// One JSON object per line in `s3-objects.jsonl` beside the database (0600), appended and
/// fsynced after each batch is committed to the store. The ledger is only a shortcut: an object
/// stored but not yet recorded (a crash between the two) is fetched again and then skipped by
/// the store itself, whose files are identified by content hash. A torn last line is ignored for
/// the same reason.
struct S3ObjectLedger {
    /// An object's identity: a changed object (new ETag or size) under the same key is new.
    struct Entry: Sendable, Hashable, Codable {
        var bucket: String
        var key: String
        var eTag: String
        var size: Int64
    }

    let file: URL
    private(set) var entries: Set<Entry> = []

    /// Reads the ledger of the store in `directory`; a missing file is an empty ledger.
    init(directory: URL) throws(S3IngestError) {
        file = directory.appendingPathComponent("s3-objects.jsonl")
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw S3IngestError("cannot read '\(file.path)': \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let entry = try? decoder.decode(Entry.self, from: Data(line)) { entries.insert(entry) }
        }
    }

    func contains(_ entry: Entry) -> Bool { entries.contains(entry) }

    /// Appends `new` entries durably (write, fsync) before they count as done.
    mutating func record(_ new: [Entry]) throws(S3IngestError) {
        guard !new.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for entry in new {
            guard let line = try? encoder.encode(entry) else { continue }
            bytes += line
            bytes.append(UInt8(ascii: "\n"))
        }
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw S3IngestError("cannot write '\(file.path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw S3IngestError("cannot write '\(file.path)': \(String(cString: strerror(errno)))")
        }
        entries.formUnion(new)
    }
}
