// Parse-only throughput of AuditLog's readers over a directory of log files: discovery, gunzip,
// JSON validation, normalization into `Event` (raw bytes copied), nothing stored. Built by run.sh
// with swiftc against the release build of the AuditLog module (not a package target).
import AuditLog
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: parse-bench DIR [--jobs N]\n".utf8))
    exit(64)
}
let root = URL(fileURLWithPath: arguments[1])
let jobs = arguments.firstIndex(of: "--jobs").flatMap { Int(arguments[$0 + 1]) } ?? 1
/// `--digest`: also fold every event (all fields, raw bytes included) into one hash, to check that
/// a change to the parser leaves its output exactly as it was.
let digest = arguments.contains("--digest")

/// Totals gathered by one worker.
struct Tally: Sendable {
    var events = 0
    var rawBytes = 0
    var actorsSeen = 0
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func fold(_ event: Event) {
        let a = event.actor
        let text = [
            event.source.rawValue, event.sourceEventID ?? "-", "\(event.time.timeIntervalSince1970)",
            event.account ?? "-", event.region ?? "-", a.kind.rawValue, a.id ?? "-", a.name ?? "-", a.email ?? "-",
            a.session ?? "-", a.viaRole ?? "-", event.action, event.targets.map { $0.type + "=" + $0.id }.joined(separator: ","),
            event.outcome.rawValue, event.sourceIP ?? "-", event.userAgent ?? "-",
        ].joined(separator: "\u{1}")
        for byte in text.utf8 { mix(byte) }
        for byte in event.raw { mix(byte) }
    }

    private mutating func mix(_ byte: UInt8) {
        digest ^= UInt64(byte)
        digest &*= 0x0000_0100_0000_01b3
    }
}

func parse(_ files: ArraySlice<LogDiscovery.File>) throws -> Tally {
    var tally = Tally()
    let parser = LogFileParser()
    for file in files {
        try parser.forEachBatch(inFileAt: file.url) { batch in
            tally.events += batch.count
            for event in batch {
                tally.rawBytes += event.raw.count
                if event.actor.name != nil { tally.actorsSeen += 1 }
                if digest { tally.fold(event) }
            }
        }
    }
    return tally
}

let start = Date()
let discovery = try LogDiscovery.scan(root)
let files = discovery.files
var total = Tally()
if jobs <= 1 {
    total = try parse(files[...])
} else {
    // Contiguous shares per worker; each file is parsed whole by one worker.
    let share = (files.count + jobs - 1) / jobs
    let slices = stride(from: 0, to: files.count, by: max(1, share)).map { files[$0..<min($0 + share, files.count)] }
    let results = try await withThrowingTaskGroup(of: Tally.self) { group in
        for slice in slices { group.addTask { try parse(slice) } }
        var all: [Tally] = []
        for try await result in group { all.append(result) }
        return all
    }
    for result in results {
        total.events += result.events
        total.rawBytes += result.rawBytes
        total.actorsSeen += result.actorsSeen
    }
}
let seconds = Date().timeIntervalSince(start)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let report: [String: Any] = [
    "files": files.count,
    "skipped": discovery.skipped.count,
    "events": total.events,
    "raw_bytes": total.rawBytes,
    "seconds": seconds,
    "events_per_second": Double(total.events) / seconds,
    "mb_per_second": Double(total.rawBytes) / 1_000_000 / seconds,
    "peak_rss_mb": Double(usage.ru_maxrss) / 1024,
    // CPU time is the fairer figure when other work shares the machine.
    "cpu_seconds": Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000,
    "jobs": jobs,
]
    .merging(digest && jobs <= 1 ? ["digest": String(total.digest, radix: 16)] : [:]) { $1 }
let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
