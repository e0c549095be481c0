/// What an S3 key holds, judged by its name the way `LogDiscovery` judges a local tree, so an
/// ingest from S3 and one from an `aws s3 sync` copy of it pick the same files.
enum S3KeyKind: Sendable, Hashable {
    /// A log file to fetch and ingest.
    case log
    /// A CloudTrail digest (hashes of log files, no records).
    case digest
    /// A folder marker, README, `.csv` or other file without records.
    case notALog
    /// A key that cannot be mirrored as a relative path (`..`, `.`, empty or hidden components).
    case unsafe

    static let logSuffixes = [".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"]

    init(key: String) {
        if key.hasSuffix("/") {
            self = .notALog
            return
        }
        let components = key.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) {
            self = .unsafe
            return
        }
        let name = components.last.map(String.init) ?? key
        if components.contains("CloudTrail-Digest") || name.contains("_CloudTrail-Digest_") {
            self = .digest
        } else if Self.logSuffixes.contains(where: { name.lowercased().hasSuffix($0) }) {
            self = .log
        } else {
            self = .notALog
        }
    }
}
