public import Foundation

/// The log files under a path, found the same way every time: a directory is walked in sorted
/// order (byte order of names), CloudTrail's S3 layout is recognized, and files that hold no
/// records (digests, READMEs, hidden files) are skipped and counted, never parsed.
public struct LogDiscovery: Sendable, Hashable {
    /// One file to parse.
    public struct File: Sendable, Hashable {
        public var url: URL
        /// Path below the scanned root (`AWSLogs/o-abc/111122223333/CloudTrail/...`); the file
        /// name when a single file was given.
        public var relativePath: String
        /// Whether the name ends in `.gz` (the parser sniffs the content anyway).
        public var isCompressed: Bool
        /// Where the file sits in a trail's S3 layout, when it does.
        public var trail: TrailLocation?

        public init(url: URL, relativePath: String, isCompressed: Bool, trail: TrailLocation? = nil) {
            self.url = url
            self.relativePath = relativePath
            self.isCompressed = isCompressed
            self.trail = trail
        }
    }

    /// The coordinates CloudTrail encodes in its S3 key:
    /// `AWSLogs/[<org-id>/]<account>/CloudTrail/<region>/YYYY/MM/DD/<file>` (also `CloudTrail-Insight/`).
    public struct TrailLocation: Sendable, Hashable {
        /// The organization id (`o-…`) for an organization trail, nil for an account trail.
        public var organizationID: String?
        public var accountID: String
        /// As AWS writes it; not checked against a list of regions.
        public var region: String
        /// `YYYY-MM-DD` (UTC) of delivery.
        public var day: String

        public init(organizationID: String?, accountID: String, region: String, day: String) {
            self.organizationID = organizationID
            self.accountID = accountID
            self.region = region
            self.day = day
        }
    }

    /// Why a file was left out.
    public enum SkipReason: String, Sendable, Hashable, CaseIterable {
        /// A CloudTrail digest file (integrity hashes of log files, not records).
        case cloudTrailDigest = "cloudtrail-digest"
        /// Not a JSON log file by its name (README, LICENSE, `.csv`, ...).
        case notALogFile = "not-a-log-file"
        /// A hidden file or directory (name starting with a dot).
        case hidden
    }

    public struct Skipped: Sendable, Hashable {
        public var relativePath: String
        public var reason: SkipReason

        public init(relativePath: String, reason: SkipReason) {
            self.relativePath = relativePath
            self.reason = reason
        }
    }

    public var root: URL
    /// Files to parse, in deterministic order.
    public var files: [File]
    public var skipped: [Skipped]

    /// How many files were skipped for `reason`.
    public func skippedCount(_ reason: SkipReason) -> Int { skipped.count { $0.reason == reason } }

    /// Name endings of files that hold records.
    static let logSuffixes = [".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"]

    /// Finds the log files at `url`: the file itself if it is a file (whatever its name), else
    /// every log file below the directory.
    ///
    /// - Throws: `LogParseError` with code `unreadable` when the path does not exist or a
    ///   directory cannot be listed.
    public static func scan(_ url: URL) throws(LogParseError) -> LogDiscovery {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LogParseError(.unreadable, file: url.path, message: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            let name = url.lastPathComponent
            let file = File(
                url: url, relativePath: name, isCompressed: name.hasSuffix(".gz"),
                trail: trailLocation(url.standardizedFileURL.pathComponents))
            return LogDiscovery(root: url, files: [file], skipped: [])
        }
        var discovery = LogDiscovery(root: url, files: [], skipped: [])
        try discovery.walk(url, components: [], depth: 0, rootComponents: url.standardizedFileURL.pathComponents)
        return discovery
    }

    // MARK: Stage 1: walk

    /// `rootComponents`: the standardized components of the scanned directory; a listed name is
    /// never `.` or `..`, so a file's standardized components are those plus its relative path.
    private mutating func walk(
        _ directory: URL, components: [String], depth: Int, rootComponents: [String]
    ) throws(LogParseError) {
        // Deeper than any real layout: a symbolic-link loop.
        guard depth < 32 else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LogParseError(
                .unreadable, file: directory.path, message: "cannot list the directory: \(error.localizedDescription)")
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let url = directory.appendingPathComponent(name)
            let path = components + [name]
            let relative = path.joined(separator: "/")
            if name.hasPrefix(".") {
                skipped.append(Skipped(relativePath: relative, reason: .hidden))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try walk(url, components: path, depth: depth + 1, rootComponents: rootComponents)
                continue
            }
            if path.contains("CloudTrail-Digest") || name.contains("_CloudTrail-Digest_") {
                skipped.append(Skipped(relativePath: relative, reason: .cloudTrailDigest))
            } else if Self.isLogFileName(name.lowercased()) {
                files.append(
                    File(
                        url: url, relativePath: relative, isCompressed: name.hasSuffix(".gz"),
                        trail: Self.trailLocation(rootComponents + path)))
            } else {
                skipped.append(Skipped(relativePath: relative, reason: .notALogFile))
            }
        }
    }

    private static func isLogFileName(_ lowercasedName: String) -> Bool {
        logSuffixes.contains { lowercasedName.hasSuffix($0) }
    }

    // MARK: Stage 2: the S3 layout

    /// Reads `AWSLogs/[o-…/]<account>/CloudTrail/<region>/YYYY/MM/DD/<file>` from path components.
    static func trailLocation(_ path: [String]) -> TrailLocation? {
        guard let logs = path.lastIndex(of: "AWSLogs") else { return nil }
        var rest = Array(path[(logs + 1)...])
        var organization: String?
        if let first = rest.first, first.hasPrefix("o-") {
            organization = first
            rest.removeFirst()
        }
        guard rest.count == 7, rest[1] == "CloudTrail" || rest[1] == "CloudTrail-Insight", isDigits(rest[0], count: 12),
            isDigits(rest[3], count: 4),
            isDigits(rest[4], count: 2), isDigits(rest[5], count: 2)
        else { return nil }
        return TrailLocation(
            organizationID: organization, accountID: rest[0], region: rest[2], day: "\(rest[3])-\(rest[4])-\(rest[5])")
    }

    private static func isDigits(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
